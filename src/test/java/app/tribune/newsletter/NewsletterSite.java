package app.tribune.newsletter;

import app.tribune.testing.GreenMailFixture;
import app.tribune.testing.MailParts;
import app.tribune.testing.PostgresServer;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real WAR with mail going out over SMTP to GreenMail, and a known signing secret so tests can
 * make tokens the server would have made (expired ones, above all). Started once per test JVM, on
 * the database of the run, for the newsletter's integration tests only: the shared server keeps
 * writing its mail to the outbox. Returned mail and complaints are read from GreenMail's mailbox
 * {@link #BOUNCES} every second.
 */
final class NewsletterSite {

  static final String SECRET = "newsletter-tests-only-secret-0123456789";

  /** The IMAP login of the mailbox where returned mail and complaints arrive. */
  static final String BOUNCES = "bounces";

  private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(20);
  private static NewsletterSite shared;

  final GreenMailFixture mail;
  final TribuneServer server;
  private final HttpClient http = WebClient.plainHttp().build();

  private NewsletterSite(GreenMailFixture mail, TribuneServer server) {
    this.mail = mail;
    this.server = server;
  }

  static synchronized NewsletterSite shared() {
    if (shared == null) {
      GreenMailFixture mail = GreenMailFixture.start();
      String database = System.getProperty("tribune.it.database", "h2");
      Map<String, String> environment = new HashMap<>();
      environment.put("TRIBUNE_SMTP_HOST", mail.host());
      environment.put("TRIBUNE_SMTP_PORT", Integer.toString(mail.smtpPort()));
      environment.put("TRIBUNE_SMTP_STARTTLS", "false");
      environment.put("TRIBUNE_SECRET", SECRET);
      environment.put("TRIBUNE_MAIL_FROM", "Terres Solidaires <infolettre@terres-solidaires.test>");
      mail.addMailbox("retours@terres-solidaires.test", BOUNCES, "bounces-mail");
      environment.put("TRIBUNE_BOUNCE_IMAP_HOST", mail.host());
      environment.put("TRIBUNE_BOUNCE_IMAP_PORT", Integer.toString(mail.imapPort()));
      environment.put("TRIBUNE_BOUNCE_IMAP_USER", BOUNCES);
      environment.put("TRIBUNE_BOUNCE_IMAP_PASSWORD", "bounces-mail");
      environment.put("TRIBUNE_BOUNCE_IMAP_SSL", "false");
      environment.put("TRIBUNE_BOUNCE_POLL_SECONDS", "1");
      PostgresServer postgres = null;
      if ("postgresql".equals(database)) {
        postgres = PostgresServer.start();
        environment.putAll(postgres.environment());
      }
      TribuneServer server = TribuneServer.start("newsletter-" + database, environment);
      shared = new NewsletterSite(mail, server);
      PostgresServer startedPostgres = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.stop();
                    mail.close();
                    if (startedPostgres != null) {
                      startedPostgres.close();
                    }
                  },
                  "newsletter-site-stop"));
    }
    return shared;
  }

  /** An address nobody else in the run uses. */
  static String freshAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  Document page(HttpResponse<String> response) {
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /** A form-encoded POST; a field may repeat (topics). */
  HttpResponse<String> post(String path, Map<String, List<String>> fields) {
    String body =
        fields.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A POST with a multipart/form-data body, as some mail programs send RFC 8058 requests. */
  HttpResponse<String> postMultipart(String path, String name, String value) {
    String boundary = "----tribune" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n--"
            + boundary
            + "--\r\n";
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The subscription form of {@code path}, filled in and sent. */
  HttpResponse<String> subscribe(String path, Map<String, List<String>> values) {
    Document form = page(get(path));
    Map<String, List<String>> fields = new HashMap<>();
    fields.put("token", List.of(form.selectFirst("#newsletter-form input[name=token]").val()));
    fields.put("website", List.of(""));
    fields.putAll(values);
    return post(form.selectFirst("#newsletter-form").attr("action"), fields);
  }

  HttpResponse<String> subscribe(String address, String language) {
    return subscribe(
        "/newsletter", Map.of("email", List.of(address), "language", List.of(language)));
  }

  /** A subscriber who has confirmed; their confirmation and welcome mails are the first two. */
  String confirmedSubscriber(String who, String language) {
    String address = freshAddress(who);
    if (subscribe(address, language).statusCode() != 303) {
      throw new AssertionError("the subscription form refused " + address);
    }
    String confirmUrl = link(awaitMail(address, 1), "/newsletter/confirm/");
    if (post(confirmUrl, Map.of()).statusCode() != 200) {
      throw new AssertionError("the confirmation of " + address + " failed");
    }
    return address;
  }

  /**
   * Waits for the {@code count}-th message sent to {@code address}.
   *
   * @throws AssertionError if it does not arrive in time
   */
  MimeMessage awaitMail(String address, int count) {
    Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
    while (true) {
      List<MimeMessage> to = mailTo(address);
      if (to.size() >= count) {
        return to.get(count - 1);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "expected " + count + " mail(s) to " + address + " but got " + to.size());
      }
      sleep(100);
    }
  }

  List<MimeMessage> mailTo(String address) {
    List<MimeMessage> all;
    try {
      all = mail.awaitMessages(0, Duration.ZERO);
    } catch (AssertionError none) {
      return List.of();
    }
    return all.stream().filter(m -> isTo(m, address)).toList();
  }

  /** The text of a mail's part of the given type ({@code text/plain}, {@code text/html}). */
  static String part(MimeMessage message, String type) {
    return MailParts.part(message, type);
  }

  /** The first address in the plain-text part of a mail whose path contains {@code pathPart}. */
  static String link(MimeMessage message, String pathPart) {
    Matcher matcher =
        Pattern.compile("https?://\\S*" + Pattern.quote(pathPart) + "\\S*")
            .matcher(part(message, "text/plain"));
    if (!matcher.find()) {
      throw new AssertionError("no link to " + pathPart + " in\n" + part(message, "text/plain"));
    }
    return matcher.group();
  }

  static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      // Long headers are folded over several lines on the wire.
      return values == null ? null : MimeUtility.unfold(values[0]);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().contains(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : server.url(path));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
