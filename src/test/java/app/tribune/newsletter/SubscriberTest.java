package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriberTest {

  private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
  private static final Instant EXPIRES = NOW.plus(Duration.ofDays(2));

  private static Subscriber pending() {
    Subscriber subscriber = new Subscriber("marie@example.be", Language.FR, NOW);
    subscriber.requestConfirmation("f".repeat(64), EXPIRES, NOW);
    return subscriber;
  }

  private static Subscriber confirmed() {
    Subscriber subscriber = pending();
    subscriber.confirm(NOW.plusSeconds(60));
    return subscriber;
  }

  private static void assertRefused(Runnable action, String messageKey) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo(messageKey);
  }

  @Test
  void normalisesAddressesByTrimmingAndLowerCasing() {
    assertThat(Subscriber.normalise("  Marie.Dupont@Example.BE\t"))
        .isEqualTo("marie.dupont@example.be");
    assertThat(new Subscriber(" ANNE@example.be ", Language.NL, NOW).getEmail())
        .isEqualTo("anne@example.be");
  }

  @Test
  void hashesTheNormalisedAddress() {
    assertThat(Subscriber.hashEmail(" Marie@Example.be "))
        .isEqualTo(Subscriber.hashEmail("marie@example.be"))
        .matches("[0-9a-f]{64}");
    // SHA-256 of "a@b.c", computed with sha256sum.
    assertThat(Subscriber.hashEmail("A@B.C"))
        .isEqualTo("d648b243a3e817eaa3309e00e183483f2867baadf522099f0c2121770536b25a");
  }

  @Test
  void startsPendingAndCannotReceive() {
    Subscriber subscriber = pending();

    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.PENDING);
    assertThat(subscriber.canReceive()).isFalse();
  }

  @Test
  void confirmationLetsTheSubscriberReceiveAndForgetsTheToken() {
    Subscriber subscriber = confirmed();

    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
    assertThat(subscriber.canReceive()).isTrue();
    assertThat(subscriber.getConfirmedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(subscriber.getConfirmationTokenHash()).isNull();
  }

  @Test
  void confirmingTwiceChangesNothing() {
    Subscriber subscriber = confirmed();

    subscriber.confirm(NOW.plusSeconds(600));

    assertThat(subscriber.getConfirmedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void refusesAnExpiredConfirmation() {
    Subscriber subscriber = pending();

    assertRefused(
        () -> subscriber.confirm(EXPIRES.plusSeconds(1)), "subscriber.confirmationExpired");
    assertThat(subscriber.canReceive()).isFalse();
  }

  @Test
  void refusesToConfirmAnUnsubscribedAddress() {
    Subscriber subscriber = confirmed();
    subscriber.unsubscribe(NOW.plusSeconds(120));

    assertRefused(() -> subscriber.confirm(NOW.plusSeconds(180)), "subscriber.notPending");
  }

  @Test
  void unsubscribesAndCanSubscribeAgainThroughConfirmation() {
    Subscriber subscriber = confirmed();

    subscriber.unsubscribe(NOW.plusSeconds(120));
    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    assertThat(subscriber.getUnsubscribedAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(subscriber.canReceive()).isFalse();

    subscriber.requestConfirmation("e".repeat(64), EXPIRES, NOW.plusSeconds(180));
    subscriber.confirm(NOW.plusSeconds(240));
    assertThat(subscriber.canReceive()).isTrue();
    assertThat(subscriber.getUnsubscribedAt()).isNull();
  }

  @Test
  void unsubscribingNeverFailsAndKeepsAStrongerStatus() {
    Subscriber complained = confirmed();
    complained.markComplained(NOW);

    complained.unsubscribe(NOW.plusSeconds(1));
    complained.unsubscribe(NOW.plusSeconds(2));

    assertThat(complained.getStatus()).isEqualTo(SubscriberStatus.COMPLAINED);
  }

  @Test
  void refusesToRequestConfirmationForAConfirmedSubscriber() {
    assertRefused(
        () -> confirmed().requestConfirmation("a".repeat(64), EXPIRES, NOW),
        "subscriber.alreadyConfirmed");
  }

  @Test
  void aBounceOrAComplaintStopsDelivery() {
    Subscriber bounced = confirmed();
    bounced.markBounced(NOW);
    Subscriber complained = confirmed();
    complained.markComplained(NOW);

    assertThat(bounced.getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
    assertThat(bounced.canReceive()).isFalse();
    assertThat(complained.getStatus()).isEqualTo(SubscriberStatus.COMPLAINED);
    assertThat(complained.canReceive()).isFalse();
  }

  @Test
  void aComplaintIsNotDowngradedToABounce() {
    Subscriber subscriber = confirmed();
    subscriber.markComplained(NOW);

    subscriber.markBounced(NOW.plusSeconds(1));

    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.COMPLAINED);
  }

  @Test
  void softBouncesTurnIntoABounceAtTheThreshold() {
    Subscriber subscriber = confirmed();

    assertThat(subscriber.recordSoftBounce(3, NOW)).isFalse();
    assertThat(subscriber.recordSoftBounce(3, NOW)).isFalse();
    assertThat(subscriber.canReceive()).isTrue();
    assertThat(subscriber.recordSoftBounce(3, NOW)).isTrue();

    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
    assertThat(subscriber.getSoftBounceCount()).isEqualTo(3);
  }

  @Test
  void aDeliveryInBetweenResetsTheSoftBounceCount() {
    Subscriber subscriber = confirmed();
    subscriber.recordSoftBounce(3, NOW);
    subscriber.recordSoftBounce(3, NOW);

    subscriber.recordDelivered();

    assertThat(subscriber.recordSoftBounce(3, NOW)).isFalse();
    assertThat(subscriber.canReceive()).isTrue();
  }

  @Test
  void softBouncesCountInARowAndAMailThatArrivedStartsTheCountAgain() {
    Subscriber subscriber = confirmed();
    Delivery march = sent(subscriber, 3);
    Delivery april = sent(subscriber, 4);
    Delivery may = sent(subscriber, 5);
    Delivery june = sent(subscriber, 6);
    Delivery july = sent(subscriber, 7);
    Delivery august = sent(subscriber, 8);

    assertThat(subscriber.recordSoftBounce(march, Optional.empty(), 3, NOW)).isFalse();
    assertThat(subscriber.recordSoftBounce(april, Optional.of(march), 3, NOW)).isFalse();
    // Nothing came back about May's issue: it arrived, and June's failure is the first in a row.
    assertThat(subscriber.recordSoftBounce(june, Optional.of(may), 3, NOW)).isFalse();
    assertThat(subscriber.getSoftBounceCount()).isEqualTo(1);
    assertThat(subscriber.recordSoftBounce(july, Optional.of(june), 3, NOW)).isFalse();
    assertThat(subscriber.canReceive()).isTrue();

    assertThat(subscriber.recordSoftBounce(august, Optional.of(july), 3, NOW)).isTrue();
    assertThat(subscriber.getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
  }

  @Test
  void aMailReportedDelayedAndThenFailedIsOneFailure() {
    Subscriber subscriber = confirmed();
    Delivery issue = sent(subscriber, 3);

    for (int report = 0; report < 3; report++) {
      subscriber.recordSoftBounce(issue, Optional.empty(), 3, NOW.plus(Duration.ofHours(report)));
    }

    assertThat(subscriber.getSoftBounceCount()).isEqualTo(1);
    assertThat(subscriber.canReceive()).isTrue();
    assertThat(issue.getSoftBouncedAt()).isEqualTo(NOW);
    assertThat(issue.isDelivered()).isFalse();
  }

  private static Delivery sent(Subscriber subscriber, int month) {
    Delivery delivery =
        new Delivery(new NewsletterIssue(month, YearMonth.of(2024, month), NOW), subscriber, NOW);
    delivery.claim(NOW);
    delivery.markSent("<issue-" + month + "@example.be>", NOW);
    return delivery;
  }
}
