package app.tribune.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys for signing links, one per use: derived from {@code tribune.secret} (TRIBUNE_SECRET) when it
 * is configured, else made once at random and kept in the shared database, so that every node
 * checks what any node signed.
 */
@ApplicationScoped
public class ApplicationSecret {

  private static final String HMAC = "HmacSHA256";
  private static final int KEY_BYTES = 32;

  @Inject
  @ConfigProperty(name = "tribune.secret")
  Optional<String> configured;

  @PersistenceContext private EntityManager em;

  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  /**
   * The key for one use ({@code article-preview}), the same on every node and after restarts. Its
   * own transaction: the first call for a use may have to store the key it makes.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] key(String use) {
    return keys.computeIfAbsent(use, this::find).clone();
  }

  private byte[] find(String use) {
    return configured
        .filter(secret -> !secret.isBlank())
        .map(secret -> hmac(secret.getBytes(StandardCharsets.UTF_8), use))
        .orElseGet(() -> read(use).orElseGet(() -> create(use)));
  }

  private Optional<byte[]> read(String use) {
    return em.createNativeQuery("SELECT secret FROM application_secret WHERE name = ?1")
        .setParameter(1, use)
        .getResultStream()
        .findFirst()
        .map(value -> Base64.getDecoder().decode(value.toString()));
  }

  private byte[] create(String use) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    try {
      em.createNativeQuery(
              "INSERT INTO application_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, use)
          .setParameter(2, Base64.getEncoder().encodeToString(key))
          .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
          .executeUpdate();
      return key;
    } catch (PersistenceException anotherNodeWasFirst) {
      return read(use).orElseThrow(() -> anotherNodeWasFirst);
    }
  }

  /** HMAC-SHA256 of a text under a key: signatures, and keys derived from the configured one. */
  public static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
