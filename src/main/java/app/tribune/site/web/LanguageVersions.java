package app.tribune.site.web;

import app.tribune.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page being read in each language, for the header's language menu and the hreflang links of
 * search engines. Most pages exist in every language at the same path under another prefix; a page
 * showing content written in one language (an article, an event, a sent newsletter) names its
 * translations instead.
 */
@Named
@RequestScoped
public class LanguageVersions {

  private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/(nl|en)(?=/|$)");

  /** One language's version of the page: a link as pages write them, and its label. */
  public record Version(Language language, String href) {

    /** "Français", "Nederlands", "English": a language named in itself, as menus show it. */
    public String getName() {
      return nameOf(language);
    }

    public String getCode() {
      return language.code();
    }
  }

  @Inject private SiteView site;
  @Inject private Links links;
  @Inject private HttpServletRequest request;

  /**
   * The page's link in each language it exists in: offered by the page, else worked out once from
   * the address.
   */
  private Map<Language, String> hrefs;

  /** The page's content exists only in these languages, at these links. */
  public void offer(Map<Language, String> versions) {
    hrefs = new EnumMap<>(versions);
  }

  /** Every version the page has, in the languages' order, for hreflang. */
  public List<Version> getAll() {
    return hrefs().entrySet().stream()
        .map(version -> new Version(version.getKey(), version.getValue()))
        .toList();
  }

  /**
   * The version for readers whose language has none (hreflang x-default): the French one, the
   * site's own language, when it exists; else the first there is.
   */
  public Version getDefaultVersion() {
    return getAll().get(0);
  }

  /**
   * Where the language menu leads, one entry per language but the page's: this page in that
   * language, or that language's home page when the content has no such translation.
   */
  public List<Version> getOthers() {
    List<Version> others = new ArrayList<>();
    for (Language language : Language.values()) {
      if (language != site.getLanguage()) {
        others.add(
            new Version(language, hrefs().getOrDefault(language, links.pathIn(language, "/"))));
      }
    }
    return others;
  }

  /** "Français", "Nederlands", "English": a language named in itself. */
  public String name(Language language) {
    return nameOf(language);
  }

  private static String nameOf(Language language) {
    String name = language.locale().getDisplayLanguage(language.locale());
    return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
  }

  private Map<Language, String> hrefs() {
    if (hrefs == null) {
      String path = pathWithoutLanguage();
      hrefs = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        hrefs.put(language, links.pathIn(language, path));
      }
    }
    return hrefs;
  }

  /**
   * The address the reader asked for, without the context path and language prefix, with its query:
   * the routes forward each clean address to its view, whose own path says nothing of it.
   */
  private String pathWithoutLanguage() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded == null ? request.getRequestURI() : forwarded.toString();
    Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query = forwarded == null ? request.getQueryString() : (String) forwardedQuery;
    String path =
        LANGUAGE_PREFIX.matcher(uri.substring(request.getContextPath().length())).replaceFirst("");
    return (path.isEmpty() ? "/" : path) + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
