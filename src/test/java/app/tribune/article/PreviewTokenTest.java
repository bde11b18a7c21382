package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PreviewTokenTest {

  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY =
      "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

  @Test
  void aSignedTokenOpensItsArticleForAWeek() {
    String token = PreviewToken.sign(42, NOW, KEY);

    assertThat(PreviewToken.verify(token, NOW, KEY)).contains(42L);
    assertThat(PreviewToken.verify(token, NOW.plus(Duration.ofDays(7)).minusSeconds(1), KEY))
        .contains(42L);
    assertThat(PreviewToken.verify(token, NOW.plus(Duration.ofDays(7)), KEY)).isEmpty();
  }

  @Test
  void changingTheArticleOrTheExpiryBreaksTheSignature() {
    String token = PreviewToken.sign(42, NOW, KEY);
    String[] parts = token.split("\\.");

    assertThat(PreviewToken.verify("43." + parts[1] + "." + parts[2], NOW, KEY)).isEmpty();
    assertThat(
            PreviewToken.verify(
                parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], NOW, KEY))
        .isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyOpensNothing() {
    assertThat(PreviewToken.verify(PreviewToken.sign(42, NOW, OTHER_KEY), NOW, KEY)).isEmpty();
  }

  @Test
  void malformedTokensOpenNothing() {
    for (String token :
        new String[] {
          null, "", "42", "42.1", "42.99999999999.abc", "x.y.z", "42.1.<script>", "-1.2.3"
        }) {
      assertThat(PreviewToken.verify(token, NOW, KEY)).as(String.valueOf(token)).isEmpty();
    }
  }
}
