package app.tribune.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The key that signs links sent by mail and the public forms' tokens. {@code tribune.secret}
 * ({@code TRIBUNE_SECRET}) when set; otherwise a random key made on first use and kept in the
 * database, never in the repository or the WAR, and shared by every node.
 */
@ApplicationScoped
public class SigningKey {

  private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
  private static final String NAME = "signing-key";
  static final int MIN_LENGTH = 32;
  private static final String HMAC = "HmacSHA256";

  @PersistenceContext private EntityManager em;

  private volatile byte[] key;

  /**
   * The key's bytes. In a transaction of its own: a key made here must be kept even when the
   * caller's work is rolled back, or links mailed later would be signed with a key then lost.
   *
   * @throws IllegalStateException if {@code tribune.secret} is set but shorter than 32 characters
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] bytes() {
    byte[] known = key;
    if (known == null) {
      known = configured().orElseGet(this::stored);
      key = known;
    }
    return known.clone();
  }

  /**
   * A key of its own for one use ({@code article-preview}), drawn from the signing key, so that a
   * signature made for one use is worth nothing for another.
   */
  public byte[] key(String use) {
    return hmac(bytes(), use);
  }

  /** HMAC-SHA256 of a text under a key. */
  public static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime provides HMAC-SHA256", e);
    }
  }

  private static Optional<byte[]> configured() {
    Optional<String> secret =
        ConfigProvider.getConfig()
            .getOptionalValue("tribune.secret", String.class)
            .filter(s -> !s.isBlank());
    if (secret.isPresent() && secret.get().length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "TRIBUNE_SECRET must be at least " + MIN_LENGTH + " characters long");
    }
    return secret.map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] stored() {
    Optional<String> existing = read();
    if (existing.isPresent()) {
      return Base64.getDecoder().decode(existing.get());
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    // Two nodes starting together may both get here; the primary key lets one of them win, and
    // the other's request fails once, after which it reads the winner's key.
    em.createNativeQuery(
            "INSERT INTO application_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, NAME)
        .setParameter(2, Base64.getEncoder().encodeToString(fresh))
        .setParameter(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .executeUpdate();
    LOG.info("No TRIBUNE_SECRET set: made a signing key and kept it in the database");
    return fresh;
  }

  private Optional<String> read() {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("SELECT secret FROM application_secret WHERE name = ?1")
            .setParameter(1, NAME)
            .getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }
}
