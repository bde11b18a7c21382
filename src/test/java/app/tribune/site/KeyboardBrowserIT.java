package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader without a mouse: the skip link, a visible focus, a search typed at the keyboard and the
 * language menu.
 */
class KeyboardBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void theFirstTabOffersToSkipToTheContentAndTheFocusIsAlwaysVisible() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/"));

      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement skip = driver.switchTo().activeElement();
      assertThat(skip.getAttribute("class")).contains("skip-link");
      assertThat(skip.getRect().getX())
          .as("the skip link comes into view")
          .isGreaterThanOrEqualTo(0);
      assertThat(outline(driver, skip)).isNotEqualTo("none");

      skip.sendKeys(Keys.ENTER);
      assertThat(driver.getCurrentUrl()).endsWith("#content");

      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement next = driver.switchTo().activeElement();
      assertThat(driver.findElement(By.id("content")).findElements(By.xpath(".//*")))
          .as("the next tab stays in the main content")
          .contains(next);
      assertThat(outline(driver, next)).isNotEqualTo("none");
    }
  }

  @Test
  void aSearchTypedAtTheKeyboardGivesAnAccessibleResultsPage() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/"));

      // Tab from the top of the page to the header's search box, as a keyboard user would.
      WebElement focused = tabUntil(driver, "id", "site-search-q");
      assertThat(focused.getAttribute("id")).isEqualTo("site-search-q");
      focused.sendKeys("semences", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/search?q=semences"));

      assertThat(driver.findElements(By.cssSelector(".result h3 a"))).isNotEmpty();
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void theLanguageMenuIsReachedByKeyboardAndFitsAPhone() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(360, 740));
      driver.get(server.url("/"));

      WebElement focused = tabUntil(driver, "hreflang", "nl");
      assertThat(focused.getText()).isEqualTo("Nederlands");
      assertThat(outline(driver, focused)).isNotEqualTo("none");
      WebElement english = driver.findElement(By.cssSelector(".language-menu a[hreflang=en]"));
      long viewport =
          (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
      assertThat(english.getRect().getX() + english.getRect().getWidth())
          .as("the menu fits the phone's width")
          .isLessThanOrEqualTo((int) viewport);
      assertThat(
              (Long)
                  ((JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollWidth;"))
          .as("nothing pushes the page wider")
          .isLessThanOrEqualTo(viewport);

      focused.sendKeys(Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/nl/"));
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }
  }

  /**
   * Tabs from where the focus is, as a keyboard user would, until an element whose {@code
   * attribute} is {@code value} has it, twenty times at most; the element focused last.
   */
  private static WebElement tabUntil(WebDriver driver, String attribute, String value) {
    WebElement focused = null;
    for (int tab = 0; tab < 20; tab++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      focused = driver.switchTo().activeElement();
      if (value.equals(focused.getAttribute(attribute))) {
        break;
      }
    }
    return focused;
  }

  private static String outline(WebDriver driver, WebElement element) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript("return getComputedStyle(arguments[0]).outlineStyle;", element);
  }
}
