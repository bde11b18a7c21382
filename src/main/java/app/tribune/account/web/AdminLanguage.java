package app.tribune.account.web;

import app.tribune.platform.i18n.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the back office: the account's choice once logged in; before that, on the login
 * page, the browser's preference between French and English, French when it names neither.
 */
@Named
@SessionScoped
public class AdminLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  private Language chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen.locale();
    }
    return fromBrowser(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestHeaderMap()
                .get("Accept-Language"))
        .locale();
  }

  /** Uses the account's language from now on in this session. */
  public void use(Language language) {
    chosen = language;
  }

  /**
   * The first of French and English among the languages of an {@code Accept-Language} header, by
   * preference. The header itself, not the container's reading of it: without one, the container
   * would answer with the server's own language.
   */
  static Language fromBrowser(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Language.FR;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return Language.FR;
    }
    for (Locale.LanguageRange range : ranges) {
      String language = range.getRange().split("-", 2)[0];
      if (language.equals("en")) {
        return Language.EN;
      }
      if (language.equals("fr")) {
        return Language.FR;
      }
    }
    return Language.FR;
  }
}
