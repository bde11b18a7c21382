package app.tribune.account.web;

import app.tribune.platform.i18n.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
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
    return fromBrowser(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales())
        .locale();
  }

  /** Uses the account's language from now on in this session. */
  public void use(Language language) {
    chosen = language;
  }

  /** The first of French and English among the browser's languages, by preference. */
  static Language fromBrowser(Iterator<Locale> preferred) {
    while (preferred.hasNext()) {
      String language = preferred.next().getLanguage();
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
