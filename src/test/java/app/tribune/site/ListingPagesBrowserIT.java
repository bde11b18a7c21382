package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The listing pages in a real Chromium, on a 360 px phone and on a desktop: no console error, no
 * serious accessibility violation, nothing wider than the screen.
 */
class ListingPagesBrowserIT {

  private static final List<String> PAGES =
      List.of(
          "/",
          "/section/analyses?page=2",
          "/section/projets",
          "/section/campagne-des-terres-pour-vivre",
          "/archive",
          "/events?month=2999-06",
          "/events/conference-qui-possede-la-terre-liege",
          "/nl/events",
          "/no/such/page");

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void listingPagesAreAccessibleAndFitAPhoneAndADesktop() {
    try (BrowserSession browser = BrowserSession.open()) {
      for (Dimension screen : List.of(new Dimension(360, 740), new Dimension(1280, 900))) {
        browser.driver().manage().window().setSize(screen);
        for (String path : PAGES) {
          browser.driver().get(server.url(path));

          assertThat(browser.driver().findElements(By.tagName("h1"))).as(path).isNotEmpty();
          assertThat(BrowserSession.axeViolations(browser.driver())).as(path).isEmpty();
          long overflow =
              (Long)
                  ((JavascriptExecutor) browser.driver())
                      .executeScript(
                          "return document.documentElement.scrollWidth"
                              + " - document.documentElement.clientWidth;");
          assertThat(overflow)
              .as(path + " at " + screen.getWidth() + " px")
              .isLessThanOrEqualTo(0L);
        }
      }
      // Chromium logs the 404 status of the error page itself; nothing else may be logged.
      assertThat(browser.consoleErrors())
          .filteredOn(error -> !error.contains("/no/such/page"))
          .isEmpty();
    }
  }
}
