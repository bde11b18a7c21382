package app.tribune.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

/**
 * Validators and conditional GETs (RFC 9110, section 13): a response carries an {@code ETag} and,
 * when known, a {@code Last-Modified} date, and a client that already holds that version gets a
 * bodiless {@code 304 Not Modified} instead of the document.
 */
public final class ConditionalGet {

  private static final int TAG_BYTES = 16;

  private ConditionalGet() {}

  /**
   * Sets the caching headers and validators on {@code response}, and answers {@code 304} when the
   * request's preconditions show the client's copy is current.
   *
   * @param lastModified when the document last changed, or {@code null} when unknown
   * @return whether the 304 was sent, in which case nothing more must be written
   */
  public static boolean answeredNotModified(
      HttpServletRequest request,
      HttpServletResponse response,
      String cacheControl,
      String etag,
      Instant lastModified) {
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("ETag", etag);
    if (lastModified != null) {
      response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
    }
    if (!isNotModified(
        request.getHeader("If-None-Match"), ifModifiedSince(request), etag, lastModified)) {
      return false;
    }
    response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    return true;
  }

  /**
   * Whether the client's copy is current. {@code If-None-Match} decides when present, comparing
   * tags weakly; otherwise {@code If-Modified-Since}, to the second that HTTP dates carry.
   *
   * @param ifNoneMatch the header's value, or {@code null}
   * @param ifModifiedSince the header's date, or {@code null} when absent or unreadable
   */
  static boolean isNotModified(
      String ifNoneMatch, Instant ifModifiedSince, String etag, Instant lastModified) {
    if (ifNoneMatch != null) {
      String wanted = opaque(etag);
      return Arrays.stream(ifNoneMatch.split(","))
          .map(String::strip)
          .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(wanted));
    }
    return ifModifiedSince != null
        && lastModified != null
        && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(ifModifiedSince);
  }

  /** A strong tag for a document's bytes. */
  public static String etag(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES))
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** A strong tag for a document known by what it is made of rather than by its bytes. */
  public static String etagOf(Object... parts) {
    return etag(Arrays.deepToString(parts).getBytes(StandardCharsets.UTF_8));
  }

  // Weak comparison: W/"x" and "x" name the same version.
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static Instant ifModifiedSince(HttpServletRequest request) {
    try {
      long millis = request.getDateHeader("If-Modified-Since");
      return millis < 0 ? null : Instant.ofEpochMilli(millis);
    } catch (IllegalArgumentException e) {
      // An unreadable date is ignored, as RFC 9110 asks.
      return null;
    }
  }
}
