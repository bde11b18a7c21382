package app.tribune.platform.web;

import static app.tribune.platform.web.ConditionalGet.isNotModified;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

  private static final String TAG = ConditionalGet.etag("v1".getBytes(StandardCharsets.UTF_8));
  private static final Instant CHANGED = Instant.parse("2024-05-02T09:00:00.750Z");

  @Test
  void aClientHoldingTheCurrentTagGetsNotModified() {
    assertThat(isNotModified(TAG, null, TAG, CHANGED)).isTrue();
    assertThat(isNotModified("\"other\", " + TAG, null, TAG, CHANGED)).isTrue();
    assertThat(isNotModified("W/" + TAG, null, TAG, CHANGED)).isTrue();
    assertThat(isNotModified("*", null, TAG, CHANGED)).isTrue();
  }

  @Test
  void aClientHoldingAnotherVersionGetsTheDocument() {
    String older = ConditionalGet.etag("v0".getBytes(StandardCharsets.UTF_8));

    assertThat(older).isNotEqualTo(TAG);
    assertThat(isNotModified(older, null, TAG, CHANGED)).isFalse();
    assertThat(isNotModified(null, null, TAG, CHANGED)).isFalse();
  }

  @Test
  void aDateIsComparedToTheSecondHttpDatesCarry() {
    Instant sameSecond = Instant.parse("2024-05-02T09:00:00Z");

    assertThat(isNotModified(null, sameSecond, TAG, CHANGED)).isTrue();
    assertThat(isNotModified(null, sameSecond.plusSeconds(60), TAG, CHANGED)).isTrue();
    assertThat(isNotModified(null, sameSecond.minusSeconds(1), TAG, CHANGED)).isFalse();
    assertThat(isNotModified(null, sameSecond, TAG, null)).isFalse();
  }

  @Test
  void aTagThatDoesNotMatchWinsOverADateThatWould() {
    assertThat(isNotModified("\"other\"", CHANGED.plusSeconds(60), TAG, CHANGED)).isFalse();
  }

  @Test
  void tagsNameTheirContent() {
    assertThat(ConditionalGet.etagOf("sitemap", 1, 42L))
        .isEqualTo(ConditionalGet.etagOf("sitemap", 1, 42L));
    assertThat(ConditionalGet.etagOf("sitemap", 1, 42L))
        .isNotEqualTo(ConditionalGet.etagOf("sitemap", 1, 43L))
        .startsWith("\"")
        .endsWith("\"");
  }
}
