package app.tribune.newsletter;

import app.tribune.platform.security.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for the subscription form and the links in newsletter mails: a purpose, a subject (a
 * subscriber's id, or 0 for the form), an optional expiry and, for single-use tokens, a random
 * part, all signed with HMAC-SHA256. Whoever holds the key can tell a genuine token from a forged
 * or altered one without asking the database, and a token made for one purpose is refused for any
 * other. Tokens only use characters that need no escaping in a URL path.
 */
public final class SignedTokens {

  /** What a token lets its holder do. */
  public enum Purpose {
    /**
     * Send the subscription form: proves the form came from this site, recently. Not unique, so
     * that every page rendered within the same hour is the same, byte for byte, for the page cache
     * and the browsers' validators.
     */
    FORM("f", false),
    /** Confirm a subscription; single-use: the service keeps the hash of the last one sent. */
    CONFIRM("c", true),
    PREFERENCES("p", false),
    UNSUBSCRIBE("u", false);

    private final String code;
    private final boolean unique;

    Purpose(String code, boolean unique) {
      this.code = code;
      this.unique = unique;
    }
  }

  /** What checking a token found. */
  public enum Status {
    VALID,
    EXPIRED,
    /** Forged, altered, truncated, made for another purpose, or not a token at all. */
    INVALID
  }

  /** The outcome of {@link #verify}; {@code subject} is meaningful only when valid. */
  public record Verification(Status status, long subject) {
    public boolean valid() {
      return status == Status.VALID;
    }
  }

  private static final int MAX_LENGTH = 200;
  private static final String NO_EXPIRY = "0";
  private static final String NO_NONCE = "0";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SignedTokens(byte[] key, Clock clock) {
    this.key = key.clone();
    this.clock = clock;
  }

  /**
   * A token for {@code purpose} and {@code subject}.
   *
   * @param validity how long it is accepted, or {@code null} for a link that must keep working for
   *     as long as the subscriber exists (unsubscribe and preferences links in old mails)
   */
  public String issue(Purpose purpose, long subject, Duration validity) {
    return issueUntil(purpose, subject, validity == null ? null : clock.instant().plus(validity));
  }

  /** A token for {@code purpose} and {@code subject} accepted until {@code expiresAt}, if given. */
  public String issueUntil(Purpose purpose, long subject, Instant expiresAt) {
    String expiry = expiresAt == null ? NO_EXPIRY : Long.toString(expiresAt.getEpochSecond());
    String nonce = NO_NONCE;
    if (purpose.unique) {
      byte[] bytes = new byte[12];
      random.nextBytes(bytes);
      nonce = BASE64.encodeToString(bytes);
    }
    String payload = purpose.code + '.' + subject + '.' + expiry + '.' + nonce;
    return payload + '.' + sign(payload);
  }

  /** Whether {@code token} is a genuine, unexpired token for {@code purpose}, and its subject. */
  public Verification verify(Purpose purpose, String token) {
    Verification invalid = new Verification(Status.INVALID, 0);
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      return invalid;
    }
    int lastDot = token.lastIndexOf('.');
    if (lastDot <= 0) {
      return invalid;
    }
    String payload = token.substring(0, lastDot);
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      return invalid;
    }
    String[] parts = payload.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(purpose.code)) {
      return invalid;
    }
    long subject;
    long expiry;
    try {
      subject = Long.parseLong(parts[1]);
      expiry = Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return invalid;
    }
    if (expiry != 0 && clock.instant().isAfter(Instant.ofEpochSecond(expiry))) {
      return new Verification(Status.EXPIRED, subject);
    }
    return new Verification(Status.VALID, subject);
  }

  /**
   * What is stored of a single-use token: its SHA-256, so that a copy of the database gives nobody
   * a working link.
   */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  private String sign(String payload) {
    return BASE64.encodeToString(SigningKey.hmac(key, payload));
  }
}
