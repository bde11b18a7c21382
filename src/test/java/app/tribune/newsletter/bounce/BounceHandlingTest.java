package app.tribune.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BounceHandlingTest {

  @Test
  void theConsentRecordOfARefusalKeepsItsCodesButNotTheServersWords() {
    assertThat(
            BounceHandling.smtpCodes(
                "550 5.1.1 <claire.martin@example.org>: Recipient address rejected"))
        .isEqualTo("smtp=550; status=5.1.1");
    assertThat(BounceHandling.smtpCodes("554-Transaction failed for claire@example.org"))
        .isEqualTo("smtp=554");
    assertThat(BounceHandling.smtpCodes("claire@example.org does not exist"))
        .isEqualTo("smtp=unknown");
    assertThat(BounceHandling.smtpCodes(null)).isEqualTo("smtp=unknown");
  }
}
