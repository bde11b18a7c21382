package app.tribune.newsletter;

import static app.tribune.newsletter.NewsletterSite.header;
import static app.tribune.newsletter.NewsletterSite.link;
import static app.tribune.newsletter.NewsletterSite.part;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.BrowserSession;
import app.tribune.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One reader's whole life as a subscriber, in Chromium and over real SMTP: subscribing from an
 * article, confirming from the mail, changing their preferences, leaving with the button of the
 * unsubscribe page; then an editor reading each of those steps in the subscriber's record.
 */
class SubscriberLifecycleBrowserIT {

  private static final String EDITOR_PASSWORD = "le vieux chêne au bord du ruisseau";

  private final NewsletterSite site = NewsletterSite.shared();

  @Test
  void fromAnArticleToTheConsentHistory() throws Exception {
    String address = NewsletterSite.freshAddress("lieve");
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

      driver.get(site.server.url("/"));
      driver.get(
          driver.findElement(By.cssSelector("main a[href*='/articles/']")).getAttribute("href"));
      assertThat(driver.getCurrentUrl()).contains("/articles/");
      driver.findElement(By.id("newsletter-email")).sendKeys(address);
      driver.findElement(By.id("newsletter-name")).sendKeys("Lieve Peeters");
      WebElement firstTopic = driver.findElement(By.id("newsletter-topic-0"));
      String firstTopicId = firstTopic.getAttribute("value");
      firstTopic.click();
      new Select(driver.findElement(By.id("newsletter-language"))).selectByValue("nl");
      driver.findElement(By.cssSelector("#newsletter-form button[type=submit]")).click();
      wait.until(ExpectedConditions.urlContains("/newsletter?sent"));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Vérifiez votre boîte mail");

      // The mails are in the language the reader chose, not the page's.
      MimeMessage confirmation = site.awaitMail(address, 1);
      assertThat(confirmation.getSubject()).startsWith("Bevestig uw inschrijving");
      assertThat(part(confirmation, "text/plain")).contains("Hallo Lieve Peeters,");
      assertThat(part(confirmation, "text/html"))
          .contains("<html lang=\"nl\">", "Mijn inschrijving bevestigen");
      driver.get(link(confirmation, "/nl/newsletter/confirm/"));
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
      driver.findElement(By.cssSelector("main form button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("main"), "Uw inschrijving is bevestigd"));

      MimeMessage welcome = site.awaitMail(address, 2);
      assertThat(welcome.getSubject()).startsWith("Welkom bij de nieuwsbrief");
      String preferencesUrl = link(welcome, "/nl/newsletter/preferences/");
      driver.get(preferencesUrl);
      assertThat(driver.findElement(By.id("newsletter-status")).getText())
          .isEqualTo("U ontvangt de nieuwsbrief.");
      WebElement chosen =
          driver.findElement(
              By.cssSelector("#preferences-form input[value='" + firstTopicId + "']"));
      assertThat(chosen.isSelected()).isTrue();
      chosen.click();
      driver.findElement(By.id("preferences-topic-1")).click();
      new Select(driver.findElement(By.id("preferences-language"))).selectByValue("en");
      driver.findElement(By.cssSelector("#preferences-form button[value=save]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("p.notice"), "Uw voorkeuren zijn opgeslagen."));
      assertThat(
              new Select(driver.findElement(By.id("preferences-language")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("en");
      assertThat(
              driver
                  .findElement(
                      By.cssSelector("#preferences-form input[value='" + firstTopicId + "']"))
                  .isSelected())
          .isFalse();
      assertThat(driver.findElement(By.id("preferences-topic-1")).isSelected()).isTrue();
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();

      // Opening the unsubscribe address, as a mail filter checking links would, changes nothing.
      String unsubscribeUrl =
          header(welcome, "List-Unsubscribe").replaceFirst("^<([^>]+)>.*$", "$1");
      driver.get(unsubscribeUrl);
      assertThat(driver.findElement(By.cssSelector("main form button")).getText())
          .isEqualTo("Mij uitschrijven");
      assertThat(site.page(site.get(preferencesUrl)).select("#newsletter-status").text())
          .isEqualTo("U ontvangt de nieuwsbrief.");
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
      driver.findElement(By.cssSelector("main form button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("main"), "U bent uitgeschreven"));
      assertThat(site.page(site.get(preferencesUrl)).select("#newsletter-status").text())
          .isEqualTo("U ontvangt de nieuwsbrief niet.");
      assertThat(driver.manage().getCookies()).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();

      logInAsEditor(browser);
      driver.get(site.server.url("/admin/subscribers/"));
      driver.findElement(By.id("list:text")).sendKeys(address);
      driver.findElement(By.id("list:search")).click();
      By subscriberLink = By.xpath("//a[@class='subscriber-link' and text()='" + address + "']");
      // The search redraws the table: a link found before the redraw goes stale.
      wait.ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(subscriberLink).click();
                return true;
              });
      wait.until(ExpectedConditions.textToBe(By.id("email"), address));
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Désabonné");
      List<WebElement> rows = driver.findElements(By.cssSelector("#subscriber\\:history_data tr"));
      assertThat(rows.stream().map(r -> r.findElement(By.className("event")).getText()))
          .as("newest first")
          .containsExactly(
              "Désabonnement",
              "Préférences modifiées",
              "Inscription confirmée",
              "Inscription demandée");
      for (WebElement row : rows) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).as("when").matches(".*\\d{1,2}:\\d{2}.*");
        assertThat(cells.get(2).getText()).as("by").isEqualTo("L’abonné");
        assertThat(cells.get(3).getText())
            .as("consent text version")
            .isEqualTo(SubscriptionService.CONSENT_TEXT_VERSION);
      }
      assertThat(rows.get(1).findElements(By.tagName("td")).get(4).getText())
          .contains("language=en");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private void logInAsEditor(BrowserSession browser) {
    String editor = BackOfficeUsers.uniqueName("redaction");
    BackOfficeUsers.activeUser(
        WebClient.administrator(site.server),
        site.server.baseUrl(),
        "EDITOR",
        editor,
        EDITOR_PASSWORD);
    browser.logIn(site.server, editor, EDITOR_PASSWORD);
  }
}
