package app.tribune.newsletter;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the subscription form accepts as an e-mail address: a plain {@code local@domain} within the
 * lengths of RFC 5321 (local part at most 64 characters, the whole at most 254), the domain a host
 * name with at least two labels. Internationalised domains ({@code café.be}) are accepted and kept
 * in their Unicode form, whatever form the browser sent, so both spellings are one subscriber.
 * Quoted local parts and address literals are refused: legal, but nobody signs up with them and
 * they are a favourite of injection attempts.
 */
public final class EmailAddresses {

  /** Why an address was refused; each has a message in the bundles. */
  public enum Problem {
    MISSING("newsletter.error.emailMissing"),
    TOO_LONG("newsletter.error.emailTooLong"),
    NO_DOMAIN("newsletter.error.emailNoDomain"),
    INVALID("newsletter.error.emailInvalid");

    private final String messageKey;

    Problem(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** An accepted address, normalised, or the reason it was refused. */
  public record Checked(String address, Problem problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  static final int MAX_LOCAL = 64;
  static final int MAX_ADDRESS = 254;
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern LOCAL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private EmailAddresses() {}

  public static Checked check(String typed) {
    if (typed == null || typed.isBlank()) {
      return refused(Problem.MISSING);
    }
    String address = typed.strip();
    // Longer than any address can be, whatever its form: refused before any further work.
    if (address.length() > MAX_ADDRESS) {
      return refused(Problem.TOO_LONG);
    }
    if (address
        .codePoints()
        .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return refused(Problem.INVALID);
    }
    int at = address.lastIndexOf('@');
    if (at < 0 || at == address.length() - 1) {
      return refused(Problem.NO_DOMAIN);
    }
    String local = address.substring(0, at);
    if (local.isEmpty() || !LOCAL.matcher(local).matches()) {
      return refused(Problem.INVALID);
    }
    if (local.length() > MAX_LOCAL) {
      return refused(Problem.TOO_LONG);
    }
    Optional<String> asciiDomain = asciiDomain(address.substring(at + 1));
    if (asciiDomain.isEmpty()) {
      return refused(Problem.INVALID);
    }
    if (local.length() + 1 + asciiDomain.get().length() > MAX_ADDRESS) {
      return refused(Problem.TOO_LONG);
    }
    String domain = IDN.toUnicode(asciiDomain.get(), IDN.ALLOW_UNASSIGNED);
    return new Checked((local + '@' + domain).toLowerCase(Locale.ROOT), null);
  }

  /**
   * The address as SMTP needs it when the server does not speak SMTPUTF8: its domain in ASCII
   * (Punycode).
   */
  public static String toAscii(String address) {
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
  }

  private static Optional<String> asciiDomain(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(ascii);
  }

  private static Checked refused(Problem problem) {
    return new Checked(null, problem);
  }
}
