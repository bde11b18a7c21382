package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.SignedTokens;
import app.tribune.platform.i18n.Language;
import app.tribune.testing.ArticleRows;
import app.tribune.testing.PostgresServer;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A server of the sending tests' own, whose mail goes to a fixed SMTP port on localhost that each
 * test fills with the server it needs (GreenMail, a scripted one, or nothing), and whose database
 * the tests write into directly: subscribers by the thousand, issues ready to send. On H2 the
 * database runs in mixed mode so the test process can open it beside the server.
 */
final class SendingSite {

  static final String FROM = "Terres Solidaires <infolettre@terres-solidaires.test>";
  static final String EDITOR_ADDRESS = "redaction@terres-solidaires.test";
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final AtomicInteger ISSUES = new AtomicInteger(50_000);
  private static final AtomicLong SUBSCRIBERS = new AtomicLong(10_000_000);
  private static final AtomicLong DELIVERIES = new AtomicLong(900_000_000);
  private static SendingSite shared;

  /** Replaced when a test kills the server and starts it again. */
  volatile TribuneServer server;

  final int smtpPort;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private SendingSite(
      TribuneServer server, int smtpPort, String jdbcUrl, String user, String password) {
    this.server = server;
    this.smtpPort = smtpPort;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Fails when a job's threads closed entity managers that were still in use. They did when a job
   * was handed to the batch runtime straight from the page that started it, and that page failed.
   */
  void assertJobsLeftTheirPagesAlone() {
    assertThat(server.log()).doesNotContain("closed EntityManager");
  }

  static synchronized SendingSite shared() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  private static SendingSite start() {
    int smtpPort = freePort();
    Map<String, String> environment = new HashMap<>();
    environment.put("TRIBUNE_SMTP_HOST", "127.0.0.1");
    environment.put("TRIBUNE_SMTP_PORT", Integer.toString(smtpPort));
    environment.put("TRIBUNE_SMTP_STARTTLS", "false");
    environment.put("TRIBUNE_MAIL_FROM", FROM);
    environment.put("TRIBUNE_NEWSLETTER_BACKOFF_MILLIS", "50");
    environment.put("TRIBUNE_NEWSLETTER_ERROR_THRESHOLD", "3");
    environment.put("TRIBUNE_NEWSLETTER_CHUNK_SIZE", "20");
    // An issue the monthly job builds goes out at once; the other tests send issues they made.
    environment.put("TRIBUNE_NEWSLETTER_AUTO_SEND", "true");
    // A killed server's run reads as interrupted seconds after its last beat, not minutes.
    environment.put("TRIBUNE_JOBS_HEARTBEAT_LIMIT_SECONDS", "6");
    String jdbcUrl;
    String user;
    String password;
    if ("postgresql".equals(System.getProperty("tribune.it.database", "h2"))) {
      PostgresServer postgres = PostgresServer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "sending-postgres-stop"));
      environment.putAll(postgres.environment());
      jdbcUrl = postgres.jdbcUrl();
      user = postgres.user();
      password = postgres.password();
    } else {
      Path folder;
      try {
        folder = Files.createDirectories(Path.of("target/it/sending-h2-" + UUID.randomUUID()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // Mixed mode: the server opens the file, and this process reaches it over TCP.
      jdbcUrl = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("tribune") + ";AUTO_SERVER=TRUE";
      user = "tribune";
      password = "sending-tests";
      environment.put("TRIBUNE_DB_URL", jdbcUrl);
      environment.put("TRIBUNE_DB_USER", user);
      environment.put("TRIBUNE_DB_PASSWORD", password);
    }
    TribuneServer server = TribuneServer.start("sending", environment);
    SendingSite site = new SendingSite(server, smtpPort, jdbcUrl, user, password);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> site.server.stop(), "sending-stop"));
    site.execute("UPDATE account SET email = '" + EDITOR_ADDRESS + "' WHERE username = 'admin'");
    return site;
  }

  /**
   * Ends the server as a power cut would, then starts it again on the same database and data
   * folder. On H2 the test process must not open the database in between: it would take over the
   * file the server had.
   */
  synchronized void killAndRestart() {
    server.kill();
    server = server.restart();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  /**
   * A ready issue with one article, in a section of its own, so that only subscribers who chose
   * that section (see {@link #subscribe}) receive it.
   *
   * @return the issue's number; the issue, its section, article and item all have the id {@code
   *     number * 100}
   */
  int readyIssue(String subject) {
    // After the issues the portal numbered itself too (the monthly job's).
    int latest = Integer.parseInt(query("SELECT COALESCE(MAX(number), 0) FROM newsletter_issue"));
    int number = ISSUES.updateAndGet(last -> Math.max(last, latest) + 1);
    long id = number * 100L;
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO section (id, name, slug) VALUES ("
              + id
              + ", 'Nos projets', 'projets-"
              + id
              + "')");
      ArticleRows.insert(
          connection,
          id,
          "article-" + id,
          "Un puits <b>au</b> village",
          "projets-" + id,
          "PUBLISHED");
      statement.executeUpdate(
          "INSERT INTO newsletter_issue (id, number, period, subject, status, created_at,"
              + " ready_at) VALUES ("
              + id
              + ", "
              + number
              + ", '"
              + String.format("%04d-%02d", 2100 + number / 12 % 700, number % 12 + 1)
              + "', '"
              + subject
              + "', 'READY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      statement.executeUpdate(
          "INSERT INTO newsletter_item (id, issue_id, sort_order, kind, article_id,"
              + " section_heading, title, teaser) VALUES ("
              + id
              + ", "
              + id
              + ", 0, 'ARTICLE', "
              + id
              + ", 'Nos projets', 'Un puits au village', 'L’eau arrive.')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return number;
  }

  /**
   * Inserts {@code count} subscribers of issue {@code number}'s section, in one batch.
   *
   * @return the id of the first; the others follow one by one
   */
  long subscribe(int number, String prefix, int count, String status, String language) {
    long first = SUBSCRIBERS.getAndAdd(count);
    try (Connection connection = connect();
        PreparedStatement subscriber =
            connection.prepareStatement(
                "INSERT INTO subscriber (id, email, name, status, language, created_at,"
                    + " confirmed_at, last_change_at)"
                    + " VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)");
        PreparedStatement topic =
            connection.prepareStatement(
                "INSERT INTO subscriber_topic (subscriber_id, section_id) VALUES (?, ?)")) {
      connection.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        long id = first + i;
        subscriber.setLong(1, id);
        subscriber.setString(2, address(prefix, i));
        subscriber.setString(3, i % 2 == 0 ? null : "Lecteur " + i);
        subscriber.setString(4, status);
        subscriber.setString(5, language);
        subscriber.addBatch();
        topic.setLong(1, id);
        topic.setLong(2, number * 100L);
        topic.addBatch();
      }
      subscriber.executeBatch();
      topic.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return first;
  }

  /**
   * Inserts the delivery of issue {@code number} to a subscriber of {@link #subscribe}, in {@code
   * status}, as an interrupted run would have left it: a claimed one ({@code SENDING}) was tried
   * once.
   */
  void delivery(int number, long subscriberId, String address, String status) {
    execute(
        "INSERT INTO delivery (id, issue_id, subscriber_id, email, status, attempts, created_at)"
            + " VALUES ("
            + DELIVERIES.incrementAndGet()
            + ", "
            + number * 100L
            + ", "
            + subscriberId
            + ", '"
            + address
            + "', '"
            + status
            + "', "
            + ("SENDING".equals(status) ? 1 : 0)
            + ", CURRENT_TIMESTAMP)");
  }

  static String address(String prefix, int i) {
    return prefix + "-" + i + "@example.org";
  }

  void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row, as text ({@code null} for none). */
  String query(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, as text. */
  Set<String> column(String sql) {
    Set<String> values = new HashSet<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  int count(String sql) {
    return Integer.parseInt(query(sql));
  }

  /**
   * Leaves the list as a French subscriber's mail program does from the {@code List-Unsubscribe}
   * header of a copy: a one-click POST to the link, signed with the site's own key.
   */
  HttpResponse<String> unsubscribeInOneClick(long subscriberId) {
    byte[] key =
        Base64.getDecoder()
            .decode(query("SELECT secret FROM application_secret WHERE name = 'signing-key'"));
    NewsletterLinks links =
        new NewsletterLinks(
            new SignedTokens(key, Clock.systemUTC()),
            server.baseUrl(),
            "infolettre@terres-solidaires.test");
    return new WebClient(server.baseUrl())
        .postForm(links.unsubscribeUrl(subscriberId, Language.FR), "List-Unsubscribe=One-Click");
  }

  /** How many times the audit log recorded {@code action} on the issue {@code issueId}. */
  int audited(String action, long issueId) {
    return count(
        "SELECT COUNT(*) FROM audit_entry WHERE action = '"
            + action
            + "' AND target_id = '"
            + issueId
            + "'");
  }

  String issueStatus(int number) {
    return query("SELECT status FROM newsletter_issue WHERE number = " + number);
  }

  /** The newsletter screen, as an editor sees it. */
  static Document screen(WebClient editor) {
    return editor.page("/admin/newsletters/index.xhtml");
  }

  /** Presses a row's button ({@code ready}, {@code send}, {@code resume}) on the screen. */
  static HttpResponse<String> press(WebClient editor, Document screen, int number, String button) {
    Element row = row(screen, number).orElseThrow(() -> new AssertionError("no issue " + number));
    Element pressed = row.selectFirst("button[id$=:" + button + "]");
    assertThat(pressed).as("button %s of issue %s", button, number).isNotNull();
    return editor.submit(screen, "issues", Map.of(), pressed.id());
  }

  /** Whether issue {@code number}'s row on the screen offers {@code button} now. */
  static boolean offers(WebClient editor, int number, String button) {
    return row(screen(editor), number).orElseThrow().selectFirst("button[id$=:" + button + "]")
        != null;
  }

  static Optional<Element> row(Document screen, int number) {
    return screen.select("#issues\\:table tbody tr").stream()
        .filter(r -> r.select(".issue-number").text().equals(Integer.toString(number)))
        .findFirst();
  }

  static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
