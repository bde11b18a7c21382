package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.ScriptedSmtpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an editor sends an issue from the newsletter screen, is told how many people will
 * get it, and watches the send advance on that same page, without reloading it, until it reads as
 * sent.
 */
class SendProgressBrowserIT {

  private static final Pattern PROGRESS =
      Pattern.compile("(\\d+) sur (\\d+) · [\\d,]+ messages/s · reste .+");

  private final SendingSite site = SendingSite.shared();

  @Test
  void theEditorConfirmsTheRecipientCountThenWatchesTheSendAdvanceWithoutReloading() {
    int number = site.readyIssue("Suivre l’envoi");
    int count = 800;
    site.subscribe(number, "watched-" + number, count, "CONFIRMED", "fr");
    try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start(site.smtpPort);
        BrowserSession browser = BrowserSession.open()) {
      // A distant server's pace: the send takes several seconds, a few refreshes of the screen.
      smtp.pace(Duration.ofMillis(40));
      WebDriver driver = browser.driver();
      // The screen redraws its table every two seconds: an element read across a redraw is
      // read again.
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.ignoring(StaleElementReferenceException.class);
      browser.logIn(site.server, "admin", site.server.adminPassword());
      driver.get(site.server.url("/admin/newsletters/"));
      // A mark that only a reload would wipe.
      ((JavascriptExecutor) driver).executeScript("window.sameScreen = true;");

      row(driver, number).findElement(By.cssSelector("button[id$=':send']")).click();
      WebElement question =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")));
      assertThat(question.getText()).contains("à " + count + " destinataires");
      driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();

      List<Integer> seen = new ArrayList<>();
      wait.pollingEvery(Duration.ofMillis(200))
          .until(
              d -> {
                String status =
                    row(d, number).findElement(By.cssSelector(".issue-status")).getText();
                for (WebElement progress :
                    row(d, number).findElements(By.cssSelector(".issue-progress"))) {
                  Matcher figures = PROGRESS.matcher(progress.getText());
                  if (figures.matches()) {
                    assertThat(Integer.parseInt(figures.group(2))).isEqualTo(count);
                    seen.add(Integer.parseInt(figures.group(1)));
                  }
                }
                return status.equals("Envoyée");
              });

      assertThat(seen.stream().distinct().filter(done -> done > 0 && done < count))
          .as("figures part-way through the send, as it went: %s", seen)
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(seen).as("never going back").isSorted();
      wait.until(
          d ->
              row(d, number)
                  .findElement(By.cssSelector(".issue-outcome"))
                  .getText()
                  .equals(count + " / 0 / 0"));
      assertThat(((JavascriptExecutor) driver).executeScript("return window.sameScreen === true;"))
          .as("the same page all along")
          .isEqualTo(true);
      assertThat(
              smtp.delivered().stream()
                  .filter(mail -> mail.recipients().get(0).startsWith("watched-" + number)))
          .as("one copy each; the editors' report comes besides")
          .hasSize(count);
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** Issue {@code number}'s row on the newsletter screen. */
  private static WebElement row(WebDriver driver, int number) {
    return driver.findElements(By.cssSelector("#issues\\:table_data > tr")).stream()
        .filter(
            tr ->
                tr.findElements(By.cssSelector(".issue-number")).stream()
                    .anyMatch(cell -> cell.getText().equals(Integer.toString(number))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no issue " + number + " on the screen"));
  }
}
