package app.tribune.newsletter;

import app.tribune.platform.i18n.Language;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asked for with the subscription form, checked.
 *
 * @param email normalised (see {@link EmailAddresses})
 * @param name {@code null} when none was given
 * @param topicIds ids of the sections chosen; the service keeps only those readers may choose
 */
public record SubscriptionRequest(
    String email, String name, Set<Long> topicIds, Language language) {

  public static final int MAX_NAME = 120;
  private static final int MAX_TOPICS = 50;

  /** The request, or the message key of what is wrong with each field that is. */
  public record Parsed(SubscriptionRequest request, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /**
   * Checks the form's fields as typed. A language that is not one of the site's falls back to
   * {@code pageLanguage}; topics that are not numbers are ignored, as a browser never sends them.
   */
  public static Parsed parse(
      String email,
      String name,
      Collection<String> topics,
      String language,
      Language pageLanguage) {
    Map<String, String> errors = new LinkedHashMap<>();
    EmailAddresses.Checked address = EmailAddresses.check(email);
    if (!address.ok()) {
      errors.put("email", address.problem().messageKey());
    }
    String cleanName = name == null || name.isBlank() ? null : name.strip();
    if (cleanName != null) {
      if (cleanName.length() > MAX_NAME) {
        errors.put("name", "newsletter.error.nameTooLong");
      } else if (!isSingleLine(cleanName)) {
        errors.put("name", "newsletter.error.nameInvalid");
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(null, errors);
    }
    return new Parsed(
        new SubscriptionRequest(
            address.address(), cleanName, topicIds(topics), language(language, pageLanguage)),
        errors);
  }

  /**
   * A name goes into mail headers ({@code To:}) and greetings: line breaks there would let a
   * visitor add headers of their own, and other control characters have no place in a name.
   */
  static boolean isSingleLine(String name) {
    return name.codePoints()
        .noneMatch(
            c ->
                Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
  }

  /** The section ids among the values of the form's topic boxes; anything else is ignored. */
  public static Set<Long> topicIds(Collection<String> topics) {
    Set<Long> ids = new LinkedHashSet<>();
    if (topics != null) {
      for (String topic : topics) {
        if (ids.size() == MAX_TOPICS) {
          break;
        }
        try {
          ids.add(Long.parseLong(topic.strip()));
        } catch (NumberFormatException e) {
          // Not something the form sends; ignored like an unknown section.
        }
      }
    }
    return ids;
  }

  /** The language asked for, or the page's when it is not one of the site's. */
  public static Language language(String code, Language pageLanguage) {
    try {
      return code == null ? pageLanguage : Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      return pageLanguage;
    }
  }
}
