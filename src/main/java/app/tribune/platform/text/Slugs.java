package app.tribune.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns titles and names into the short ASCII words used in public URLs. */
public final class Slugs {

  /** Longest slug produced; slug columns are this wide. */
  public static final int MAX_LENGTH = 120;

  /** Beyond this many candidates something is wrong with the predicate, not with the name. */
  private static final int MAX_ATTEMPTS = 10_000;

  /** Letters that Unicode decomposition does not reduce to ASCII but French and German use. */
  private static final Map<String, String> LIGATURES =
      Map.of(
          "œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae", "ß", "ss", "ẞ", "ss", "ø", "o", "Ø", "o", "ł",
          "l", "Ł", "l");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /**
   * The slug for a text: lower-case ASCII letters and digits separated by single hyphens, at most
   * {@link #MAX_LENGTH} characters, cut between words where possible.
   *
   * @return the slug, empty when the text has no letter or digit at all
   */
  public static String slugify(String text) {
    if (text == null) {
      return "";
    }
    String replaced = text;
    for (Map.Entry<String, String> ligature : LIGATURES.entrySet()) {
      replaced = replaced.replace(ligature.getKey(), ligature.getValue());
    }
    String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFKD);
    String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    String hyphenated = NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-");
    return shorten(trimHyphens(hyphenated), MAX_LENGTH);
  }

  /**
   * The first of {@code base}, {@code base-2}, {@code base-3}… that is not taken, kept within
   * {@link #MAX_LENGTH} by shortening the base when a suffix is needed.
   *
   * @throws IllegalArgumentException if the base is blank
   */
  public static String unique(String base, Predicate<String> taken) {
    if (base == null || base.isBlank()) {
      throw new IllegalArgumentException("A slug needs at least one letter or digit");
    }
    if (!taken.test(base)) {
      return base;
    }
    for (int n = 2; n < MAX_ATTEMPTS; n++) {
      String suffix = "-" + n;
      String candidate = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No free slug found for " + base);
  }

  /** Cuts a slug to a length, at the last hyphen before it when there is one. */
  private static String shorten(String slug, int maxLength) {
    if (slug.length() <= maxLength) {
      return slug;
    }
    if (slug.charAt(maxLength) == '-') {
      return slug.substring(0, maxLength);
    }
    String cut = slug.substring(0, maxLength);
    int lastHyphen = cut.lastIndexOf('-');
    return lastHyphen > 0 ? cut.substring(0, lastHyphen) : cut;
  }

  private static String trimHyphens(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
