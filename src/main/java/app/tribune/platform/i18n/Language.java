package app.tribune.platform.i18n;

import java.util.Locale;

/** A language content can be written in; French is the reference site's own. */
public enum Language {
  FR("fr"),
  NL("nl"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as used in URLs, {@code lang} attributes and database columns. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * What public addresses in this language start with: nothing for French, the site's default
   * language, {@code /nl} and {@code /en} for the others.
   */
  public String urlPrefix() {
    return this == FR ? "" : "/" + code;
  }

  /**
   * The language for an ISO 639-1 code, ignoring case.
   *
   * @throws IllegalArgumentException if the code names no supported language
   */
  public static Language fromCode(String code) {
    if (code != null) {
      String wanted = code.trim().toLowerCase(Locale.ROOT);
      for (Language language : values()) {
        if (language.code.equals(wanted)) {
          return language;
        }
      }
    }
    throw new IllegalArgumentException("Unsupported language code: " + code);
  }
}
