package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An editor adds a photo to the library in Chromium, describes it and finds it again. */
class MediaLibraryBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @TempDir Path folder;

  @Test
  void anEditorUploadsAnImageSetsItsAltTextAndSeesItInTheLibrary() throws IOException {
    String name = "marche-" + UUID.randomUUID() + ".png";
    String alt = "Des bénévoles au marché " + UUID.randomUUID();
    Path file = Files.write(folder.resolve(name), SampleFiles.image("png", 800, 500, Color.PINK));

    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      browser.logIn(server, "admin", server.adminPassword());

      driver.get(server.url("/admin/media/"));
      driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

      // The upload opens the new file's description form at once.
      wait.until(ExpectedConditions.textToBe(By.cssSelector("#details h2"), name));
      WebElement altText = driver.findElement(By.id("details:altText"));
      altText.sendKeys(alt);
      driver.findElement(By.id("details:save")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), "est enregistrée"));

      WebElement search = driver.findElement(By.id("library:text"));
      search.clear();
      search.sendKeys(alt);
      driver.findElement(By.id("library:find")).click();
      // Other tests' files may already make one row: the count is read once the search has
      // answered.
      BrowserSession.awaitQuietPage(driver);
      wait.until(
          ExpectedConditions.numberOfElementsToBe(
              By.cssSelector("#library\\:assets tbody tr[data-ri]"), 1));
      WebElement row = driver.findElement(By.cssSelector("#library\\:assets tbody tr[data-ri]"));
      assertThat(row.getText()).contains(name).contains(alt).contains("800 × 500");
      wait.until(
          loaded ->
              (Boolean)
                  ((JavascriptExecutor) loaded)
                      .executeScript(
                          "var i = arguments[0]; return i.complete && i.naturalWidth > 0;",
                          row.findElement(By.tagName("img"))));
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
    }
  }
}
