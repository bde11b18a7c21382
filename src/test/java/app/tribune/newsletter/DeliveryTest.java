package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private static final Instant NOW = Instant.parse("2024-03-05T07:00:00Z");

  private static Delivery pending() {
    Subscriber subscriber = new Subscriber("Paul@Example.be", Language.FR, NOW);
    return new Delivery(new NewsletterIssue(7, YearMonth.of(2024, 3), NOW), subscriber, NOW);
  }

  private static void assertRefused(Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("delivery.transitionNotAllowed");
  }

  @Test
  void startsPendingWithTheAddressCopied() {
    Delivery delivery = pending();

    assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.getEmail()).isEqualTo("paul@example.be");
    assertThat(delivery.getAttempts()).isZero();
  }

  @Test
  void aClaimCountsAnAttempt() {
    Delivery delivery = pending();

    delivery.claim(NOW);

    assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.SENDING);
    assertThat(delivery.getClaimedAt()).isEqualTo(NOW);
    assertThat(delivery.getAttempts()).isEqualTo(1);
  }

  @Test
  void cannotBeClaimedTwice() {
    Delivery delivery = pending();
    delivery.claim(NOW);

    assertRefused(() -> delivery.claim(NOW.plusSeconds(1)));
    assertThat(delivery.getAttempts()).isEqualTo(1);
  }

  @Test
  void aSentDeliveryCannotBeClaimedAgain() {
    Delivery delivery = pending();
    delivery.claim(NOW);
    delivery.markSent("<abc@tribune>", NOW.plusSeconds(1));

    assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.SENT);
    assertThat(delivery.getMessageId()).isEqualTo("<abc@tribune>");
    assertThat(delivery.getSentAt()).isEqualTo(NOW.plusSeconds(1));
    assertRefused(() -> delivery.claim(NOW.plusSeconds(2)));
  }

  @Test
  void cannotBeMarkedSentWithoutAClaim() {
    assertRefused(() -> pending().markSent("<id>", NOW));
  }

  @Test
  void aTemporaryFailureQueuesItAgain() {
    Delivery delivery = pending();
    delivery.claim(NOW);

    delivery.markFailed("421 Try again later", false);

    assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.getLastError()).isEqualTo("421 Try again later");
    delivery.claim(NOW.plusSeconds(60));
    assertThat(delivery.getAttempts()).isEqualTo(2);
  }

  @Test
  void aPermanentFailureEndsItAndKeepsAShortenedError() {
    Delivery delivery = pending();
    delivery.claim(NOW);

    delivery.markFailed("550 " + "x".repeat(5000), true);

    assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(delivery.getLastError()).hasSize(Delivery.MAX_ERROR_LENGTH).startsWith("550 ");
    assertRefused(() -> delivery.claim(NOW));
  }

  @Test
  void onlyASentDeliveryCanBounceAndOnlyAPendingOneBeSkipped() {
    Delivery sent = pending();
    sent.claim(NOW);
    sent.markSent("<id>", NOW);
    sent.markBounced();
    assertThat(sent.getStatus()).isEqualTo(DeliveryStatus.BOUNCED);

    Delivery skipped = pending();
    skipped.skip();
    assertThat(skipped.getStatus()).isEqualTo(DeliveryStatus.SKIPPED);

    assertRefused(() -> pending().markBounced());
    assertRefused(skipped::skip);
  }
}
