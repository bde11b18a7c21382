package app.tribune.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a public page says of its versions in other languages, to readers and search engines. */
public final class LanguageLinks {

  private LanguageLinks() {}

  /** The page's {@code <link rel="alternate" hreflang>} addresses by hreflang, in page order. */
  public static Map<String, String> alternates(Document page) {
    Map<String, String> alternates = new LinkedHashMap<>();
    page.select("head link[rel=alternate][hreflang]")
        .forEach(link -> alternates.put(link.attr("hreflang"), link.attr("href")));
    return alternates;
  }

  /**
   * The hreflang alternates a page that exists in every language must list: French at the root, the
   * others under their prefix, and French again for readers of any other language.
   */
  public static Map<String, String> inEveryLanguage(String baseUrl, String path) {
    Map<String, String> alternates = new LinkedHashMap<>();
    alternates.put("fr", baseUrl + path);
    alternates.put("nl", baseUrl + "/nl" + path);
    alternates.put("en", baseUrl + "/en" + path);
    alternates.put("x-default", baseUrl + path);
    return alternates;
  }

  /**
   * The header's language menu as hreflang to address, after checking what every entry must be: a
   * link named in the language it leads to, saying so to assistive technology and crawlers.
   */
  public static Map<String, String> menu(Document page) {
    Element nav = page.selectFirst("header nav.language-menu");
    if (nav == null) {
      throw new AssertionError("no language menu in the header");
    }
    if (nav.attr("aria-label").isBlank()) {
      throw new AssertionError("the language menu has no accessible name");
    }
    Map<String, String> menu = new LinkedHashMap<>();
    for (Element link : nav.select("a")) {
      if (!link.attr("lang").equals(link.attr("hreflang")) || link.text().isBlank()) {
        throw new AssertionError("not named in its own language: " + link.outerHtml());
      }
      menu.put(link.attr("hreflang"), link.attr("href"));
    }
    return menu;
  }

  /** The name each menu entry shows, by hreflang. */
  public static Map<String, String> menuNames(Document page) {
    Map<String, String> names = new LinkedHashMap<>();
    page.select("header nav.language-menu a")
        .forEach(link -> names.put(link.attr("hreflang"), link.text()));
    return names;
  }
}
