package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The subscription form in a real Chromium: accessible, free of console errors, and working as a
 * reader uses it, from the foot of an article page to the "check your inbox" answer.
 */
class NewsletterBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void theNewsletterPageIsAccessibleAndItsFormWorks() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/newsletter"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Infolettre");
      assertThat(driver.findElement(By.id("newsletter-website")).isDisplayed()).isFalse();
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();

      driver.findElement(By.id("newsletter-email")).sendKeys("lecteur@example.org");
      driver.findElement(By.cssSelector("#newsletter-form button[type=submit]")).click();

      // The click may return before the answer to the form's post has replaced the page.
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlMatches("/newsletter\\?sent$"));
      assertThat(driver.getCurrentUrl()).endsWith("/newsletter?sent");
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Vérifiez votre boîte mail");
      assertThat(driver.manage().getCookies()).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void aRefusedFormStaysAccessible() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/en/"));
      driver.findElement(By.id("newsletter-email")).sendKeys("reader@");
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("document.getElementById('newsletter-form').noValidate = true");
      driver.findElement(By.cssSelector("#newsletter-form button[type=submit]")).click();

      assertThat(driver.findElement(By.id("newsletter-email-error")).getText())
          .startsWith("The address lacks its domain");
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
    }
  }
}
