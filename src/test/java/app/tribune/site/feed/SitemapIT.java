package app.tribune.site.feed;

import static app.tribune.site.feed.MachineDocuments.SITEMAP_NAMESPACE;
import static app.tribune.site.feed.MachineDocuments.atom;
import static app.tribune.site.feed.MachineDocuments.child;
import static app.tribune.site.feed.MachineDocuments.get;
import static app.tribune.site.feed.MachineDocuments.isW3cDateTime;
import static app.tribune.site.feed.MachineDocuments.mediaType;
import static app.tribune.site.feed.MachineDocuments.sitemapElements;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import com.rometools.rome.feed.atom.Entry;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The sitemap and robots.txt of the demo site, read as a search engine would. */
class SitemapIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  private List<String> locations() {
    Document sitemap = MachineDocuments.xml(server.url("/sitemap.xml"));
    assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
    assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
    return sitemapElements(sitemap, "url").stream().map(url -> child(url, "loc")).toList();
  }

  @Test
  void everyAddressIsAbsoluteListedOnceAndDated() {
    Document sitemap = MachineDocuments.xml(server.url("/sitemap.xml"));
    List<Element> urls = sitemapElements(sitemap, "url");

    assertThat(urls).isNotEmpty();
    for (Element url : urls) {
      String location = child(url, "loc");
      String lastModified = child(url, "lastmod");
      assertThat(location).startsWith(server.baseUrl() + "/");
      assertThat(lastModified).as(location).isNotNull();
      assertThat(isW3cDateTime(lastModified)).as(location + " " + lastModified).isTrue();
    }
    assertThat(urls.stream().map(url -> child(url, "loc"))).doesNotHaveDuplicates();
  }

  @Test
  void listsTheHomeAndSectionPagesInEveryLanguageTheEventsAndTheAnnouncedArticles() {
    List<String> locations = locations();
    List<String> sections =
        web.page("/").select(".site-nav a").eachAttr("href").stream().map(server::url).toList();
    List<String> announced =
        atom(server.url("/feed.xml")).getEntries().stream().map(Entry::getId).toList();

    assertThat(locations)
        .contains(server.url("/"), server.url("/nl/"), server.url("/en/"))
        .containsAll(sections)
        .contains(server.url("/nl/section/analyses"), server.url("/en/section/analyses"))
        .containsAll(announced)
        .anyMatch(location -> location.startsWith(server.url("/events/")))
        .noneMatch(location -> location.contains("/admin"));
  }

  @Test
  void aSectionIsNoOlderThanTheNewestArticleItsPageListsSubSectionsIncluded() {
    Document sitemap = MachineDocuments.xml(server.url("/sitemap.xml"));
    Map<String, OffsetDateTime> lastModified = new HashMap<>();
    for (Element url : sitemapElements(sitemap, "url")) {
      lastModified.put(child(url, "loc"), OffsetDateTime.parse(child(url, "lastmod")));
    }

    for (String section : List.of("/section/projets", "/nl/section/projets")) {
      // The newest articles come first, and the demo's are in the sub-sections.
      List<String> listed =
          web.page(section).select("article.teaser h3 a").eachAttr("href").stream()
              .map(server::url)
              .toList();
      assertThat(listed).isNotEmpty();
      OffsetDateTime sectionDate = lastModified.get(server.url(section));
      for (String article : listed) {
        assertThat(lastModified.get(article)).as(article).isBeforeOrEqualTo(sectionDate);
      }
    }
  }

  @Test
  void everyArticleHomeAndSectionListedAnswers() {
    List<String> pages =
        locations().stream().filter(location -> !location.contains("/events/")).toList();

    assertThat(pages).anyMatch(location -> location.contains("/articles/"));
    for (String page : pages) {
      assertThat(get(page).statusCode()).as(page).isEqualTo(200);
    }
  }

  @Test
  void robotsLetCrawlersReadAllButTheBackOfficeAndPointToTheSitemap() {
    HttpResponse<String> response = get(server.url("/robots.txt"));
    List<Map.Entry<String, String>> rules =
        response
            .body()
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split(":", 2))
            .map(parts -> Map.entry(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip()))
            .toList();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mediaType(response)).isEqualTo("text/plain;charset=utf-8");
    assertThat(rules.get(0)).isEqualTo(Map.entry("user-agent", "*"));
    assertThat(rules)
        .contains(
            Map.entry("allow", "/"),
            Map.entry("disallow", "/admin/"),
            Map.entry("sitemap", server.url("/sitemap.xml")));
    assertThat(rules.stream().filter(rule -> rule.getKey().equals("disallow")))
        .allMatch(rule -> rule.getValue().endsWith("/admin/"));
  }

  @Test
  void aCrawlerHoldingTheCurrentSitemapIsToldItHasNotChanged() {
    for (String path : List.of("/sitemap.xml", "/robots.txt")) {
      HttpResponse<String> first = get(server.url(path));
      String etag = first.headers().firstValue("ETag").orElseThrow();

      HttpResponse<String> byTag = get(server.url(path), "If-None-Match", etag);
      HttpResponse<String> otherTag = get(server.url(path), "If-None-Match", "\"another\"");

      assertThat(byTag.statusCode()).as(path).isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      assertThat(otherTag.statusCode()).as(path).isEqualTo(200);
    }
    String lastModified =
        get(server.url("/sitemap.xml")).headers().firstValue("Last-Modified").orElseThrow();
    assertThat(get(server.url("/sitemap.xml"), "If-Modified-Since", lastModified).statusCode())
        .isEqualTo(304);
  }

  @Test
  void theSitemapAndRobotsAreCachedFiveMinutesAndSetNoCookie() {
    for (String path : List.of("/sitemap.xml", "/robots.txt")) {
      HttpResponse<String> response = get(server.url(path));

      assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void aPartOfTheSitemapOnlyExistsOnceTheSiteNeedsParts() {
    for (String part : List.of("1", "2", "0", "abc")) {
      assertThat(get(server.url("/sitemap.xml?part=" + part)).statusCode()).as(part).isEqualTo(404);
    }
  }
}
