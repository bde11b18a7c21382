package app.tribune.platform.cache;

import app.tribune.platform.web.Compression;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One rendered page as it is served again: its bytes, a gzipped copy when that is smaller, the
 * headers the page set itself, and the validators browsers and proxies send back.
 *
 * @param body the bytes as rendered
 * @param gzipped the same bytes gzipped, or {@code null} when compressing does not pay
 * @param contentType the content type with its charset
 * @param headers headers the page set itself (such as {@code Content-Language}), replayed as they
 *     were
 * @param tag the entity tag of {@code body}, without quotes: a hash of the bytes, so a page that
 *     renders the same after a cache clear keeps its tag and browsers still get a 304
 * @param lastModified when it was rendered, in whole seconds as HTTP dates carry them
 * @param expires when it must be rendered again even if no content event came
 */
record CachedPage(
    byte[] body,
    byte[] gzipped,
    String contentType,
    Map<String, List<String>> headers,
    String tag,
    Instant lastModified,
    Instant expires) {

  /** Below this size a gzip header and trailer eat most of the gain. */
  private static final int MIN_GZIP_SIZE = 256;

  /** A rough allowance for the key, the headers and the objects around the bytes. */
  private static final int OVERHEAD = 512;

  static CachedPage rendered(
      byte[] body,
      String contentType,
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
        Map.copyOf(headers),
        hash(body),
        renderedAt.truncatedTo(ChronoUnit.SECONDS),
        expires);
  }

  /**
   * The {@code ETag} of the representation served: the gzipped bytes are another representation and
   * so carry another strong tag.
   */
  String etag(boolean gzip) {
    return gzip ? '"' + tag + "-gzip\"" : '"' + tag + '"';
  }

  /**
   * Whether an {@code If-None-Match} header names the representation about to be served (weak
   * comparison, as RFC 9110 asks for this header). A browser holding the other encoding gets the
   * full answer: its copy is not the one it would now receive.
   */
  boolean matches(String ifNoneMatch, boolean gzip) {
    String current = etag(gzip);
    for (String candidate : ifNoneMatch.split(",")) {
      String tagValue = candidate.trim();
      if (tagValue.startsWith("W/")) {
        tagValue = tagValue.substring(2);
      }
      if (tagValue.equals("*") || tagValue.equals(current)) {
        return true;
      }
    }
    return false;
  }

  /** The memory this page holds, as the cache counts it against its bound. */
  long weight(String key) {
    return body.length + (gzipped == null ? 0 : gzipped.length) + 2L * key.length() + OVERHEAD;
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
