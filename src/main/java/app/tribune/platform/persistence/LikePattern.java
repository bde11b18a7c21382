package app.tribune.platform.persistence;

import java.util.Locale;

/**
 * What a back-office search box looks for, as a JPQL {@code LIKE} pattern: the text anywhere,
 * ignoring case, its own {@code %} and {@code _} taken literally. Use it with {@code LOWER(field)
 * LIKE :text ESCAPE '\'}.
 */
public final class LikePattern {

  private LikePattern() {}

  /** The pattern matching values that contain {@code text}, in lower case. */
  public static String containing(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
