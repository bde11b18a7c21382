package app.tribune.testing;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Selenium, for tests that look at pages as a visitor would.
 *
 * <p>It uses Debian's Chromium and its matching chromedriver, named explicitly so Selenium never
 * tries to download a browser or a driver: the machines that run the tests reach no such site. Each
 * session has its own throw-away profile and records the page's console, so a test can fail on a
 * script error a visitor would never report.
 */
public final class BrowserSession implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String MISSING =
      "Chromium is not installed (apt-get install chromium chromium-driver): browser test skipped";

  /** Set to 1 or true where a missing browser must fail the build instead of skipping (CI). */
  private static final String REQUIRE_BROWSER = "TRIBUNE_REQUIRE_BROWSER";

  private static final Duration QUIET_PAGE_TIMEOUT = Duration.ofSeconds(15);

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private final ChromeDriver driver;
  private final Path profile;
  // Chromedriver hands out each console entry once, so entries read earlier are kept here.
  private final List<LogEntry> console = new ArrayList<>();

  private BrowserSession(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts a headless Chromium with a 1280x900 window.
   *
   * <p>Where Chromium is missing the calling test is skipped, unless {@value #REQUIRE_BROWSER} says
   * the browser tests must run, in which case it fails.
   */
  public static BrowserSession open() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String required = System.getenv().getOrDefault(REQUIRE_BROWSER, "");
      if (required.equals("1") || required.equalsIgnoreCase("true")) {
        Assertions.fail(MISSING + ", but " + REQUIRE_BROWSER + " makes it a failure");
      }
      Assumptions.abort(MISSING);
    }
    Path profile = TempFolders.create("tribune-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // Chromium's sandbox cannot start as root, which is how CI runs.
        "--no-sandbox",
        "--disable-gpu",
        // Containers often get a tiny /dev/shm, too small for the renderer.
        "--disable-dev-shm-usage",
        // No traffic the test did not ask for: the network only reaches package registries.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    try {
      return new BrowserSession(new ChromeDriver(service, options), profile);
    } catch (RuntimeException e) {
      TempFolders.delete(profile);
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Logs in to the back office as someone typing at the log-in page of {@code server}, and waits
   * until it has let them through.
   */
  public void logIn(TribuneServer server, String username, String password) {
    driver.get(server.url("/admin/login"));
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            ExpectedConditions.and(
                ExpectedConditions.urlContains("/admin/"),
                ExpectedConditions.not(ExpectedConditions.urlContains("login"))));
  }

  /**
   * Every console message at error level since the session opened, worded as Chromium does: the
   * script's address and position, then the text.
   */
  public List<String> consoleErrors() {
    console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    return console.stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .collect(Collectors.toList());
  }

  /**
   * Checks the current page with axe-core and describes each serious or critical violation: these
   * are the ones that lock a visitor out, the lesser ones are left to review.
   *
   * @return one line per violation, "impact rule-id: help at [selector], ..."; empty when the page
   *     passes
   */
  public static List<String> axeViolations(WebDriver driver) {
    awaitQuietPage(driver);
    List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
    return violations.stream()
        .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
        .map(BrowserSession::describe)
        .collect(Collectors.toList());
  }

  /**
   * Waits until the page has loaded and PrimeFaces, where the page has it, has no request in
   * flight. A button is dimmed while its request runs, so a page looked at mid-request is not the
   * page a visitor is left with.
   */
  public static void awaitQuietPage(WebDriver driver) {
    new WebDriverWait(driver, QUIET_PAGE_TIMEOUT)
        .until(
            page ->
                (Boolean)
                    ((JavascriptExecutor) page)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
  }

  private static String describe(Rule rule) {
    String elements =
        rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
    return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + elements;
  }

  /** Quits the browser and deletes its profile. */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TempFolders.delete(profile);
    }
  }
}
