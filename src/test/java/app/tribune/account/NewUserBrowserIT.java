package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.BrowserSession;
import app.tribune.testing.TribuneServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an administrator creates an author, who logs in with the one-time password, is held
 * on the password page until choosing their own, then reaches the dashboard.
 */
class NewUserBrowserIT {

  private final TribuneServer server = TribuneServer.shared();

  @Test
  void anAdministratorCreatesAUserWhoMustChooseTheirOwnPasswordAtFirstLogIn() {
    String name = BackOfficeUsers.uniqueName("chromium");
    String oneTime;
    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.logIn(server, "admin", server.adminPassword());

      driver.get(server.url("/admin/users/"));
      driver.findElement(By.id("create:username")).sendKeys(name);
      driver.findElement(By.id("create:displayName")).sendKeys("Chromium Author");
      driver.findElement(By.id("create:submit")).click();
      WebElement password =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePasswordValue")));
      oneTime = password.getText();
      assertThat(oneTime).hasSize(20);
      assertThat(driver.findElements(By.cssSelector("#users span.username")))
          .extracting(WebElement::getText)
          .contains(name);
      assertThat(browser.consoleErrors()).isEmpty();
    }

    try (BrowserSession browser = BrowserSession.open()) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      browser.logIn(server, name, oneTime);
      wait.until(ExpectedConditions.urlContains("/admin/account/password"));
      assertThat(driver.findElement(By.id("forced")).getText()).contains("propre mot de passe");

      driver.get(server.url("/admin/"));
      assertThat(driver.getCurrentUrl()).contains("/admin/account/password");
      assertThat(BrowserSession.axeViolations(driver)).isEmpty();

      driver.findElement(By.id("password:current")).sendKeys(oneTime);
      driver.findElement(By.id("password:next")).sendKeys("le héron au long bec emmanché");
      driver.findElement(By.id("password:confirmation")).sendKeys("le héron au long bec emmanché");
      driver.findElement(By.id("password:change")).click();

      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord"));
      assertThat(driver.findElements(By.id("logout:myAccount"))).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("a[href*='/admin/users/']"))).isEmpty();
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}
