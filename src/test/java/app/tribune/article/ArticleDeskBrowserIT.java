package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Authors and editors at the article screens in Chromium, from a blank editor to the home page. */
class ArticleDeskBrowserIT {

  private final TribuneServer server = TribuneServer.apart("desk");

  @Test
  void anEditorWritesPublishesRestoresARevisionAndUnpublishes() {
    String title = "Écrit dans Chromium " + UUID.randomUUID().toString().substring(0, 8);
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.logIn(server, "admin", server.adminPassword());

      driver.get(server.url("/admin/articles/edit.xhtml"));
      writeAndSave(driver, wait, title);

      driver.findElement(By.id("edit:publish")).click();
      confirm(wait);
      awaitStatus(wait, "Publié");
      driver.get(server.url("/"));
      assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);

      // The first revision comes back after a change of title.
      driver.navigate().back();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:title")));
      WebElement titleField = driver.findElement(By.id("edit:title"));
      titleField.clear();
      titleField.sendKeys(title + " (retouché)");
      driver.findElement(By.id("edit:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("edit:revisionTable_data"), title + " (retouché)"));
      // The oldest revision, the article as first saved, is the last row.
      By oldest =
          By.xpath(
              "(//tbody[@id='edit:revisionTable_data']/tr)[last()]"
                  + "//button[contains(@id,'restoreRevision')]");
      wait.ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                d.findElement(oldest).click();
                return true;
              });
      confirm(wait);
      wait.until(ExpectedConditions.attributeToBe(By.id("edit:title"), "value", title));

      // Taken off the site again.
      driver.findElement(By.id("edit:unpublish")).click();
      confirm(wait);
      awaitStatus(wait, "Brouillon");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void theHostileCorpusRaisesNoDialogOnThePublicPageNorInTheEditor() throws InterruptedException {
    ArticleDesk desk = ArticleDesk.asAdministrator(server);
    long id =
        desk.create(
            "Corpus dans Chromium " + UUID.randomUUID(), String.join("\n", XssVectors.all()));
    desk.pressAndRead(desk.editor(id), "publish", Map.of());
    String slug = desk.editor(id).getElementById("edit:slug").val();

    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/articles/" + slug));
      Thread.sleep(1_500);
      assertNoDialog(driver);

      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.logIn(server, "admin", server.adminPassword());
      driver.get(server.url("/admin/articles/edit.xhtml?id=" + id));
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edit\\:body .ql-editor")));
      Thread.sleep(1_500);
      assertNoDialog(driver);
    }
  }

  @Test
  void anAuthorSubmitsAnArticleWithAnImageThatAnEditorSchedulesThenPublishes() {
    String title = "Proposé par une autrice " + UUID.randomUUID().toString().substring(0, 8);
    String editorAddress;
    String imageAlt;
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      logInAsMember(browser, "AUTHOR");
      driver.get(server.url("/admin/articles/edit.xhtml"));
      // A demo funder's logo: an image of the media library with its alt text.
      driver.findElement(By.id("edit:featuredImage_input")).sendKeys("logo-");
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("#edit\\:featuredImage_panel li.ui-autocomplete-item")))
          .click();
      imageAlt =
          wait.until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#edit\\:featuredImagePreview img")))
              .getAttribute("alt");
      assertThat(imageAlt).isNotBlank();
      writeAndSave(driver, wait, title);
      editorAddress = driver.getCurrentUrl();

      driver.findElement(By.id("edit:submit")).click();
      awaitStatus(wait, "En relecture");
      assertThat(driver.findElements(By.id("edit:publish")))
          .as("no publishing for authors")
          .isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }

    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      logInAsMember(browser, "EDITOR");
      driver.get(editorAddress);
      String tomorrow =
          LocalDate.now(ZoneId.of("Europe/Brussels"))
                  .plusDays(1)
                  .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
              + " 09:00";
      WebElement publishAt =
          wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:publishAt_input")));
      publishAt.sendKeys(tomorrow, Keys.ESCAPE);
      driver.findElement(By.id("edit:schedule")).click();
      awaitStatus(wait, "Programmé");
      driver.get(server.url("/"));
      assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(title);

      driver.get(editorAddress);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:publish"))).click();
      confirm(wait);
      awaitStatus(wait, "Publié");
      driver.get(server.url("/"));
      driver.findElement(By.partialLinkText(title)).click();
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      assertThat(driver.findElements(By.cssSelector("main img")))
          .extracting(image -> image.getAttribute("alt"))
          .as("the featured image with its alt text")
          .contains(imageAlt);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private void writeAndSave(WebDriver driver, WebDriverWait wait, String title) {
    driver.findElement(By.id("edit:title")).sendKeys(title);
    WebElement body = driver.findElement(By.cssSelector("#edit\\:body .ql-editor"));
    body.click();
    body.sendKeys("Un premier paragraphe écrit au clavier.");
    driver.findElement(By.cssSelector("#edit\\:section .ui-autocomplete-dropdown")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#edit\\:section_panel li.ui-autocomplete-item")))
        .click();
    driver.findElement(By.id("edit:save")).click();
    wait.until(ExpectedConditions.urlContains("id="));
    assertThat(status(wait)).isEqualTo("Brouillon");
  }

  private static void assertNoDialog(WebDriver driver) {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("A dialog opened: " + text);
    } catch (NoAlertPresentException expected) {
      // Nothing ran.
    }
  }

  private void logInAsMember(BrowserSession browser, String role) {
    browser.logIn(
        server, BackOfficeUsers.memberName(server, role), BackOfficeUsers.MEMBER_PASSWORD);
  }

  private static void confirm(WebDriverWait wait) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
  }

  private static void awaitStatus(WebDriverWait wait, String label) {
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#edit\\:workflow .status"), label));
  }

  private static String status(WebDriverWait wait) {
    return wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#edit\\:workflow .status")))
        .getText();
  }
}
