package app.tribune.article;

import app.tribune.platform.security.SigningKey;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link to an article's draft for a reader without an account: the article's id and an expiry,
 * signed with HMAC-SHA256, so that nobody can forge one for another article or stretch its life.
 */
public final class PreviewToken {

  /** How long a shared preview link works. */
  public static final Duration LIFETIME = Duration.ofDays(7);

  private static final Pattern SHAPE =
      Pattern.compile("([0-9]{1,18})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private PreviewToken() {}

  /** A token for {@code articleId} that works until {@code now} plus {@link #LIFETIME}. */
  public static String sign(long articleId, Instant now, byte[] key) {
    String payload = articleId + "." + now.plus(LIFETIME).getEpochSecond();
    return payload + "." + signature(payload, key);
  }

  /** The article a token opens, if it is well formed, signed with the key, and not expired. */
  public static Optional<Long> verify(String token, Instant now, byte[] key) {
    if (token == null) {
      return Optional.empty();
    }
    var match = SHAPE.matcher(token);
    if (!match.matches()) {
      return Optional.empty();
    }
    String payload = match.group(1) + "." + match.group(2);
    boolean authentic =
        MessageDigest.isEqual(
            signature(payload, key).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            match.group(3).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    if (!authentic || now.getEpochSecond() >= Long.parseLong(match.group(2))) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(match.group(1)));
  }

  private static String signature(String payload, byte[] key) {
    return BASE64.encodeToString(SigningKey.hmac(key, "article-preview:" + payload));
  }
}
