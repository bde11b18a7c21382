package app.tribune.newsletter.composing;

import app.tribune.newsletter.EmailAddresses;
import app.tribune.platform.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses an editor types to receive a test copy: separated by commas, semicolons, spaces or
 * lines, at most {@link #MAX} of them so a test cannot become a small mailing, each one an address
 * the subscription form would accept.
 */
final class TestAddresses {

  static final int MAX = 5;

  private TestAddresses() {}

  /**
   * The distinct addresses in {@code typed}, normalised.
   *
   * @throws RuleViolationException when there is none, too many, or one is not an address
   */
  static List<String> parse(String typed) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String part : (typed == null ? "" : typed).split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      EmailAddresses.Checked checked = EmailAddresses.check(part);
      if (!checked.ok()) {
        throw new RuleViolationException(
            "composer.testAddressInvalid", "Not an e-mail address: " + part, part);
      }
      addresses.add(checked.address());
    }
    if (addresses.isEmpty()) {
      throw new RuleViolationException("composer.testAddressMissing", "No address to send to");
    }
    if (addresses.size() > MAX) {
      throw new RuleViolationException(
          "composer.testTooMany", "At most " + MAX + " test addresses", MAX);
    }
    return new ArrayList<>(addresses);
  }
}
