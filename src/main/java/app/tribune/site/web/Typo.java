package app.tribune.site.web;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.text.Typography;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code #{typo.text(…)}} and {@code #{typo.html(…)}}: text as the page prints it, set the French
 * way on French pages (see {@link Typography}) and left as written in the other languages, whose
 * rules differ.
 */
@Named("typo")
@RequestScoped
public class Typo {

  @Inject private SiteView site;

  public String text(String text) {
    return Typography.in(site.getLanguage(), text);
  }

  /** Text written in {@code language}, such as an article's title on a page in another language. */
  public String textIn(String text, Language language) {
    return Typography.in(language, text);
  }

  /**
   * The words that introduce a byline ("Une analyse de") and the space or apostrophe that joins
   * them to the first author's name, which decides whether French elides: "Une analyse d’Inès".
   */
  public String byline(String lead, String firstName) {
    return isFrench() ? Typography.before(lead, firstName) : lead + ' ';
  }

  /** Sanitised HTML (an article's body or post-scriptum). */
  public String html(String html) {
    return Typography.htmlIn(site.getLanguage(), html);
  }

  private boolean isFrench() {
    return site.getLanguage() == Language.FR;
  }
}
