package app.tribune.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.web.ConditionalGet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CachedPageTest {

  private static final Instant RENDERED = Instant.parse("2026-03-01T10:00:00.750Z");
  private static final String ARTICLE =
      "<!DOCTYPE html><html lang=\"fr\"><body>" + "<p>Souveraineté alimentaire</p>".repeat(200);

  @Test
  void theSameBytesGetTheSameTagAndOtherBytesAnother() {
    CachedPage first = page(ARTICLE);
    CachedPage again = page(ARTICLE);
    CachedPage edited = page(ARTICLE + "<p>Mise à jour</p>");

    assertThat(again.etag(false)).isEqualTo(first.etag(false));
    assertThat(edited.etag(false)).isNotEqualTo(first.etag(false));
    assertThat(first.etag(false)).startsWith("\"").endsWith("\"");
  }

  @Test
  void theGzippedCopyInflatesToTheSameBytesAndCarriesItsOwnTag() throws IOException {
    CachedPage page = page(ARTICLE);

    assertThat(page.gzipped()).isNotNull();
    assertThat(page.gzipped().length).isLessThan(page.body().length / 4);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
      assertThat(in.readAllBytes()).isEqualTo(page.body());
    }
    assertThat(page.etag(true)).isNotEqualTo(page.etag(false));
  }

  @Test
  void aTinyBodyIsNotCompressed() {
    assertThat(page("<p>ok</p>").gzipped()).isNull();
  }

  @Test
  void theTagIsTheOneOtherDocumentsOfTheSiteGetForTheSameBytes() {
    CachedPage page = page(ARTICLE);

    assertThat(page.etag(false))
        .isEqualTo(ConditionalGet.etag(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(page.etag(true)).startsWith("\"").endsWith("-gzip\"");
  }

  @Test
  void lastModifiedIsKeptInWholeSecondsAsHttpDatesCarryThem() {
    assertThat(page(ARTICLE).lastModified()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
  }

  private static CachedPage page(String html) {
    return CachedPage.rendered(
        html.getBytes(StandardCharsets.UTF_8),
        "text/html;charset=UTF-8",
        PageCacheFilter.cacheControl(5),
        Map.of(),
        RENDERED,
        RENDERED.plusSeconds(600));
  }
}
