package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.newsletter.SignedTokens.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final byte[] KEY =
      "a key of thirty-two characters at least".getBytes(StandardCharsets.UTF_8);

  private static SignedTokens at(Instant instant) {
    return new SignedTokens(KEY, Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void aGenuineTokenGivesBackItsSubject() {
    String token = at(NOW).issue(Purpose.PREFERENCES, 4217, null);

    assertThat(at(NOW.plus(Duration.ofDays(3650))).verify(Purpose.PREFERENCES, token))
        .isEqualTo(new SignedTokens.Verification(Status.VALID, 4217));
    assertThat(token).matches("[A-Za-z0-9._-]+");
  }

  @Test
  void aTokenIsRefusedForAnyOtherPurpose() {
    String unsubscribe = at(NOW).issue(Purpose.UNSUBSCRIBE, 7, null);

    assertThat(at(NOW).verify(Purpose.PREFERENCES, unsubscribe).status()).isEqualTo(Status.INVALID);
    assertThat(at(NOW).verify(Purpose.CONFIRM, unsubscribe).status()).isEqualTo(Status.INVALID);
    assertThat(at(NOW).verify(Purpose.UNSUBSCRIBE, unsubscribe).valid()).isTrue();
  }

  @Test
  void aTokenExpiresAfterItsValidity() {
    String token = at(NOW).issue(Purpose.CONFIRM, 7, Duration.ofHours(48));

    assertThat(at(NOW.plus(Duration.ofHours(47))).verify(Purpose.CONFIRM, token).valid()).isTrue();
    assertThat(at(NOW.plus(Duration.ofHours(49))).verify(Purpose.CONFIRM, token).status())
        .isEqualTo(Status.EXPIRED);
  }

  @Test
  void forgedAlteredOrMangledTokensAreInvalid() {
    String token = at(NOW).issue(Purpose.PREFERENCES, 7, null);
    String otherSubject = token.replaceFirst("^p\\.7\\.", "p.8.");
    String otherKey =
        new SignedTokens(
                "another key, also long enough to be used".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC))
            .issue(Purpose.PREFERENCES, 7, null);
    String longerLife =
        at(NOW).issue(Purpose.CONFIRM, 7, Duration.ofHours(1)).replaceFirst("\\.\\d+\\.", ".0.");

    assertThat(otherSubject).isNotEqualTo(token);
    for (String forged :
        new String[] {
          otherSubject,
          otherKey,
          longerLife,
          token.substring(0, token.length() - 1),
          token + "A",
          "",
          "p.7.0.0",
          "x".repeat(5000),
          "<script>alert(1)</script>"
        }) {
      Status expected = Status.INVALID;
      assertThat(at(NOW).verify(Purpose.PREFERENCES, forged).status())
          .as(forged)
          .isEqualTo(expected);
    }
    assertThat(at(NOW).verify(Purpose.CONFIRM, longerLife).status()).isEqualTo(Status.INVALID);
    assertThat(at(NOW).verify(Purpose.PREFERENCES, null).status()).isEqualTo(Status.INVALID);
  }

  @Test
  void singleUseTokensDifferEachTimeWhileLinksInMailsStayTheSame() {
    SignedTokens tokens = at(NOW);

    assertThat(tokens.issue(Purpose.CONFIRM, 7, Duration.ofHours(1)))
        .isNotEqualTo(tokens.issue(Purpose.CONFIRM, 7, Duration.ofHours(1)));
    assertThat(tokens.issue(Purpose.UNSUBSCRIBE, 7, null))
        .isEqualTo(tokens.issue(Purpose.UNSUBSCRIBE, 7, null));
  }

  @Test
  void whatIsStoredOfATokenIsItsHashNotTheToken() {
    String token = at(NOW).issue(Purpose.CONFIRM, 7, Duration.ofHours(1));

    assertThat(SignedTokens.hash(token)).hasSize(64).isEqualTo(SignedTokens.hash(token));
    assertThat(SignedTokens.hash(token)).doesNotContain(token);
  }

  @Test
  void formTokensOfTheSameHourAreAlikeSoPagesStayIdentical() {
    Instant expiry = Instant.parse("2026-03-02T13:00:00Z");

    assertThat(at(NOW).issueUntil(Purpose.FORM, 0, expiry))
        .isEqualTo(at(NOW.plusSeconds(1800)).issueUntil(Purpose.FORM, 0, expiry));
    assertThat(at(NOW).verify(Purpose.FORM, at(NOW).issueUntil(Purpose.FORM, 0, expiry)).valid())
        .isTrue();
  }
}
