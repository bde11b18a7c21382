package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The home page in a real Chromium: it loads, shows its content, logs no error, is accessible. */
class HomePageBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void homePageLoadsInChromiumWithoutConsoleErrorsOrSeriousAccessibilityViolations() {
    try (BrowserSession browser = BrowserSession.open()) {
      browser.driver().get(server.url("/"));

      assertThat(browser.driver().getTitle()).contains("Terres Solidaires");
      assertThat(browser.driver().findElements(By.cssSelector("article.teaser"))).isNotEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(BrowserSession.axeViolations(browser.driver())).isEmpty();
    }
  }
}
