package app.tribune.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash}. The
 * iteration count travels with each hash, so raising it later does not lock anyone out: old hashes
 * still verify and {@link #needsRehash} tells when to store a stronger one.
 */
public final class PasswordHasher {

  /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  /** A hasher with another work factor; only tests should want fewer iterations. */
  PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(hash));
  }

  /** Compares in constant time; a malformed stored value never matches. */
  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public boolean needsRehash(String stored) {
    String[] parts = stored.split("\\$");
    return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2-HMAC-SHA256 is missing from this Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
