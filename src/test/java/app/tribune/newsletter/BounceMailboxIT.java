package app.tribune.newsletter;

import static app.tribune.newsletter.NewsletterSite.link;
import static app.tribune.newsletter.NewsletterSite.part;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Returned mail and complaints arriving in the bounce mailbox over IMAP, as a mail server and a
 * mailbox provider would send them, and what the subscriber concerned then sees on their
 * preferences page and in the data mailed to them on request.
 */
class BounceMailboxIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Pattern SAMPLE_ADDRESS =
      Pattern.compile("claire\\.martin@example\\.org", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORT_ID = Pattern.compile("^Message-I[dD]:.*$", Pattern.MULTILINE);

  private final NewsletterSite site = NewsletterSite.shared();

  @Test
  void aHardBounceEndsTheSubscriptionAtOnce() {
    String address = site.confirmedSubscriber("hard", "en");
    String preferences = link(site.awaitMail(address, 2), "/newsletter/preferences/");

    assertThat(awaitHandled(report("hard-bounce.eml", address)).contains(Flags.Flag.SEEN)).isTrue();

    assertThat(status(preferences)).isEqualTo("You do not receive the newsletter.");
    String data = data(preferences, address, 3);
    assertThat(data)
        .contains("Status : address unreachable")
        .containsSubsequence("subscription requested", "confirmed", "address unreachable");
  }

  @Test
  void softBouncesSuspendTheSubscriptionAtTheThird() {
    String address = site.confirmedSubscriber("soft", "en");
    String preferences = link(site.awaitMail(address, 2), "/newsletter/preferences/");

    awaitHandled(report("soft-delayed.eml", address));
    awaitHandled(report("mailbox-full.eml", address));
    assertThat(status(preferences)).isEqualTo("You receive the newsletter.");

    awaitHandled(report("soft-delayed.eml", address));
    assertThat(status(preferences)).isEqualTo("You do not receive the newsletter.");
    String data = data(preferences, address, 3);
    assertThat(data).contains("Status : address unreachable");
    assertThat(data.split("address unreachable", -1)).as("one record of the bounce").hasSize(3);
  }

  @Test
  void aComplaintEndsTheSubscriptionAndOnlyTheOwnerCanSubscribeAgain() throws Exception {
    String address = site.confirmedSubscriber("complaint", "en");
    String preferences = link(site.awaitMail(address, 2), "/newsletter/preferences/");

    awaitHandled(report("complaint.eml", address));

    assertThat(status(preferences)).isEqualTo("You do not receive the newsletter.");
    assertThat(data(preferences, address, 3))
        .contains("Status : reported as spam")
        .containsSubsequence("confirmed", "reported as spam");
    // Whoever types the address gets a confirmation mail, and nothing changes until it is followed.
    site.subscribe(address, "en");
    MimeMessage confirmation = site.awaitMail(address, 4);
    assertThat(confirmation.getSubject()).startsWith("Confirm your subscription");
    assertThat(site.post(link(confirmation, "/newsletter/confirm/"), Map.of()).body())
        .contains("Your subscription is confirmed");
    assertThat(status(preferences)).isEqualTo("You receive the newsletter.");
  }

  @Test
  void whatIsNotAReportIsLeftUnreadFlaggedAndLoggedOnce() throws Exception {
    String address = site.confirmedSubscriber("garbage", "en");
    String preferences = link(site.awaitMail(address, 2), "/newsletter/preferences/");
    String autoReply = report("auto-reply.eml", address);
    String broken = report("report-broken-mime.eml", address);

    for (String garbage : List.of(autoReply, broken)) {
      Flags flags = awaitHandled(garbage);
      assertThat(flags.contains(Flags.Flag.FLAGGED)).isTrue();
      assertThat(flags.contains(Flags.Flag.SEEN)).isFalse();
    }
    // A few more polls: flagged messages are not read again.
    Thread.sleep(3_000);
    for (String garbage : List.of(autoReply, broken)) {
      assertThat(site.server.log().split(Pattern.quote(garbage), -1)).hasSize(2);
    }
    assertThat(status(preferences)).isEqualTo("You receive the newsletter.");
  }

  /**
   * Puts a sample report about {@code address} into the bounce mailbox.
   *
   * @return the report's own Message-ID, unique to this call
   */
  private String report(String sample, String address) {
    String messageId = "<report-" + UUID.randomUUID() + "@mx.terres-solidaires.test>";
    String text =
        REPORT_ID
            .matcher(SAMPLE_ADDRESS.matcher(sample(sample)).replaceAll(address))
            .replaceFirst(Matcher.quoteReplacement("Message-ID: " + messageId));
    try {
      site.mail.deliver(
          NewsletterSite.BOUNCES,
          new MimeMessage(
              Session.getInstance(new Properties()),
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return messageId;
  }

  /** Waits until the application has marked the message seen (handled) or flagged (left). */
  private Flags awaitHandled(String messageId) {
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      Optional<Flags> flags = site.mail.flags(NewsletterSite.BOUNCES, messageId);
      if (flags.isPresent()
          && (flags.get().contains(Flags.Flag.SEEN) || flags.get().contains(Flags.Flag.FLAGGED))) {
        return flags.get();
      }
      pause();
    }
    throw new AssertionError(messageId + " was not read from the bounce mailbox in " + TIMEOUT);
  }

  private String status(String preferences) {
    return site.page(site.get(preferences)).select("#newsletter-status").text();
  }

  /** The plain text of the "my data" mail, the {@code count}-th to {@code address}. */
  private String data(String preferences, String address, int count) {
    site.post(preferences, Map.of("action", List.of("data")));
    return part(site.awaitMail(address, count), "text/plain");
  }

  private static String sample(String name) {
    try (InputStream in = BounceMailboxIT.class.getResourceAsStream("/bounce/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
