package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's walk through the site in Chromium, by following what the pages offer: the home page, a
 * section from the menu, an article, one of its "Lire aussi" picks, then a search typed in the
 * header box, at the foot of which the newsletter form waits.
 */
class ReaderJourneyBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void fromTheHomePageThroughASectionAnArticleAndItsReadAlsoToSearchResults() {
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/"));

      String section = follow(driver, By.cssSelector(".site-nav a"));
      assertThat(driver.getCurrentUrl()).endsWith(section);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();

      String article = follow(driver, By.cssSelector("article.teaser h3 a"));
      assertThat(driver.getCurrentUrl()).endsWith(article).contains("/articles/");
      String articleTitle = driver.findElement(By.tagName("h1")).getText();

      String readAlso = follow(driver, By.cssSelector(".read-also li a[href*='/articles/']"));
      assertThat(readAlso).isNotEqualTo(article);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo(articleTitle);

      WebElement box = driver.findElement(By.id("site-search-q"));
      box.sendKeys("agricole", Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlContains("/search?q=agricole"));
      assertThat(driver.findElements(By.cssSelector(".result h3 a"))).isNotEmpty();

      WebElement form = driver.findElement(By.id("newsletter-form"));
      assertThat(form.findElement(By.cssSelector("input[type=email]")).isDisplayed()).isTrue();
      assertThat(form.getAttribute("method")).isEqualTo("post");

      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  /** Clicks the first element matching {@code link} and answers the address it led to. */
  private static String follow(WebDriver driver, By link) {
    WebElement target = driver.findElement(link);
    String href = target.getAttribute("href");
    target.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(href));
    return href.replaceFirst("^https?://[^/]+", "");
  }
}
