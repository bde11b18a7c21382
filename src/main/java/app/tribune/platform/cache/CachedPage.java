package app.tribune.platform.cache;

import app.tribune.platform.web.Compression;
import app.tribune.platform.web.ConditionalGet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * One rendered page as it is served again: its bytes, a gzipped copy when that is smaller, the
 * headers the page set itself, and the validators browsers and proxies send back.
 *
 * @param body the bytes as rendered
 * @param gzipped the same bytes gzipped, or {@code null} when compressing does not pay
 * @param contentType the content type with its charset
 * @param cacheControl what browsers and proxies are told about keeping it
 * @param headers headers the page set itself (such as {@code Content-Language}), replayed as they
 *     were
 * @param etag the entity tag of {@code body}: a hash of the bytes, so a page that renders the same
 *     after a cache clear keeps its tag and browsers still get a 304
 * @param lastModified when it was rendered, in whole seconds as HTTP dates carry them
 * @param expires when it must be rendered again even if no content event came
 */
record CachedPage(
    byte[] body,
    byte[] gzipped,
    String contentType,
    String cacheControl,
    Map<String, List<String>> headers,
    String etag,
    Instant lastModified,
    Instant expires) {

  /** Below this size a gzip header and trailer eat most of the gain. */
  private static final int MIN_GZIP_SIZE = 256;

  /** A rough allowance for the key, the headers and the objects around the bytes. */
  private static final int OVERHEAD = 512;

  static CachedPage rendered(
      byte[] body,
      String contentType,
      String cacheControl,
      Map<String, List<String>> headers,
      Instant renderedAt,
      Instant expires) {
    byte[] gzipped = body.length < MIN_GZIP_SIZE ? null : Compression.gzip(body);
    if (gzipped != null && gzipped.length >= body.length) {
      gzipped = null;
    }
    return new CachedPage(
        body,
        gzipped,
        contentType,
        cacheControl,
        Map.copyOf(headers),
        ConditionalGet.etag(body),
        renderedAt.truncatedTo(ChronoUnit.SECONDS),
        expires);
  }

  /**
   * The {@code ETag} of the representation served: the gzipped bytes are another representation and
   * so carry another strong tag.
   */
  String etag(boolean gzip) {
    return gzip ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
  }

  /** The memory this page holds, as the cache counts it against its bound. */
  long weight(String key) {
    return body.length + (gzipped == null ? 0 : gzipped.length) + 2L * key.length() + OVERHEAD;
  }
}
