package app.tribune.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after OWASP ASVS: long enough, not too long to hash cheaply, no
 * composition rules (they push people to predictable patterns), and not a password attackers try
 * first. Every character counts, spaces included: a passphrase is welcome.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final String LIST = "common-passwords.txt";
  // No look-alike characters (0/O, 1/l/I): a one-time password is read off a screen and typed in.
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GENERATED_LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> COMMON = load();

  /** Why a password was refused; the name in lower case is the end of its message key. */
  public enum Problem {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    USERNAME;

    /** The key of the explanation in the interface bundle. */
    public String messageKey() {
      return "password.problem." + name().toLowerCase(Locale.ROOT);
    }
  }

  private PasswordRules() {}

  /** The first rule {@code password} breaks for the account {@code username}, if any. */
  public static Optional<Problem> check(String username, char[] password) {
    String text = new String(password);
    int length = text.codePointCount(0, text.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String folded = text.toLowerCase(Locale.ROOT);
    if (COMMON.contains(folded)) {
      return Optional.of(Problem.COMMON);
    }
    if (username != null && folded.strip().equals(Account.normaliseUsername(username))) {
      return Optional.of(Problem.USERNAME);
    }
    return Optional.empty();
  }

  /** A random password that passes the rules, for a first or one-time password. */
  public static String generate() {
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** How many passwords the bundled list refuses. */
  static int commonCount() {
    return COMMON.size();
  }

  private static Set<String> load() {
    InputStream in = PasswordRules.class.getResourceAsStream(LIST);
    if (in == null) {
      throw new IllegalStateException("The list of common passwords is missing: " + LIST);
    }
    Set<String> passwords = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .forEach(passwords::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}
