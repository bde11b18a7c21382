package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The article, tag and author pages in a real Chromium, on a desktop and on a 360-pixel phone: no
 * console error (the strict content policy would report a blocked script, the JSON-LD included), no
 * serious accessibility violation, nothing wider than the phone's screen.
 */
class ArticlePagesBrowserIT {

  private static final List<String> PAGES =
      List.of(
          "/articles/des-terres-pour-vivre-notre-campagne-de-careme",
          "/articles/faire-vivre-la-declaration-des-nations-unies-sur-les-droits-des-paysans",
          "/tag/vie-associative",
          "/author/coalition-justice-climat-wallonie-bruxelles");

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void articleTagAndAuthorPagesWorkOnDesktopAndPhoneWithoutErrorsOrSeriousViolations() {
    try (BrowserSession browser = BrowserSession.open()) {
      for (String path : PAGES) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.driver().get(server.url(path));
        assertThat(BrowserSession.axeViolations(browser.driver())).as(path).isEmpty();

        browser.driver().manage().window().setSize(new Dimension(360, 740));
        browser.driver().navigate().refresh();
        Object overflow =
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as(path + " at 360 px").isLessThanOrEqualTo(0);
        assertThat(BrowserSession.axeViolations(browser.driver()))
            .as(path + " at 360 px")
            .isEmpty();
      }
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}
