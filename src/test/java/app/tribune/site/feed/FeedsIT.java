package app.tribune.site.feed;

import static app.tribune.site.feed.MachineDocuments.atom;
import static app.tribune.site.feed.MachineDocuments.get;
import static app.tribune.site.feed.MachineDocuments.href;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Atom feeds on the demo site, read with Rome as a feed reader would. */
class FeedsIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  /** The addresses of the feeds a page advertises in its head, in order. */
  private static List<String> feedLinks(Document page) {
    List<Element> links = page.select("head link[rel=alternate][type=application/atom+xml]");
    assertThat(links).as("feed links in " + page.location()).isNotEmpty();
    assertThat(links).allSatisfy(link -> assertThat(link.attr("title")).isNotBlank());
    return links.stream().map(link -> link.attr("href")).toList();
  }

  /** The words as read: pages set French typography's (narrow) no-break spaces, feeds need not. */
  private static String shown(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
  }

  /** The addresses of the demo articles that lists in {@code language} show. */
  private Set<String> listedIn(String language) {
    return DemoSite.content().visibleArticlesListedIn(language).stream()
        .map(article -> server.url(article.path()))
        .collect(Collectors.toSet());
  }

  @Test
  void theSiteFeedAnnouncesTheThirtyLatestTextsAtTheirCanonicalAddress() {
    Feed feed = atom(server.url("/feed.xml"));
    List<Entry> entries = feed.getEntries();

    assertThat(feed.getId()).isEqualTo(server.url("/feed.xml"));
    assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(server.url("/feed.xml"));
    assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(server.url("/"));
    assertThat(feed.getTitle()).contains("Terres Solidaires");
    assertThat(entries).hasSize(FeedServlet.ENTRIES);
    assertThat(entries)
        .extracting(Entry::getPublished)
        .isSortedAccordingTo(Comparator.<Date>reverseOrder());
    assertThat(feed.getUpdated())
        .isEqualTo(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElseThrow());
    for (Entry entry : entries) {
      assertThat(entry.getId()).startsWith(server.baseUrl() + "/").contains("/articles/");
      assertThat(href(entry.getAlternateLinks(), "alternate")).isEqualTo(entry.getId());
      assertThat(entry.getTitle()).isNotBlank();
      assertThat(entry.getUpdated()).isAfterOrEqualTo(entry.getPublished());
      assertThat(entry.getCategories()).hasSize(1);
    }
    // One version of each text: in French, the French one where there is one.
    assertThat(entries).extracting(Entry::getId).allMatch(listedIn("fr")::contains);
    assertThat(entries).anySatisfy(entry -> assertThat(entry.getAuthors()).isNotEmpty());
    assertThat(entries).anySatisfy(entry -> assertThat(entry.getSummary()).isNotNull());
  }

  @Test
  void everyEntryIsTheArticleWhoseCanonicalAddressItCarries() {
    for (Entry entry : atom(server.url("/feed.xml")).getEntries()) {
      org.jsoup.nodes.Document article = web.page(entry.getId());

      assertThat(shown(article.selectFirst("h1").text()))
          .as(entry.getId())
          .isEqualTo(shown(entry.getTitle()));
      assertThat(article.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(entry.getId());
    }
  }

  @Test
  void pagesAdvertiseTheSiteFeedInTheirLanguage() {
    String french = "/feed.xml";
    String dutch = "/nl/feed.xml";

    assertThat(feedLinks(web.page("/"))).containsExactly(french);
    assertThat(feedLinks(web.page("/nl/"))).containsExactly(dutch);
    Feed dutchFeed = atom(server.url(dutch));
    assertThat(dutchFeed.getId()).isEqualTo(server.url("/nl/feed.xml"));
    assertThat(href(dutchFeed.getOtherLinks(), "self")).isEqualTo(server.url("/nl/feed.xml"));
    assertThat(href(dutchFeed.getAlternateLinks(), "alternate")).isEqualTo(server.url("/nl/"));
    assertThat(dutchFeed.getTitle()).isNotEqualTo(atom(server.url(french)).getTitle());
    // The Dutch version of each text that has one, each announced under its own address.
    DemoSite.Article launch = DemoSite.content().article("cg-lancement");
    DemoSite.Article launchInDutch = DemoSite.content().article("cg-lancement-nl");
    assertThat(dutchFeed.getEntries())
        .hasSize(FeedServlet.ENTRIES)
        .extracting(Entry::getId)
        .allMatch(listedIn("nl")::contains)
        .contains(server.url(launchInDutch.path()))
        .doesNotContain(server.url(launch.path()));
  }

  @Test
  void aSectionPageAdvertisesAFeedOfThatSectionOnly() {
    String sectionPath = web.page("/").selectFirst(".site-nav a").attr("href");
    String slug = sectionPath.substring(sectionPath.lastIndexOf('/') + 1);
    String feedPath = sectionPath + "/feed.xml";

    Feed feed = atom(server.url(feedPath));

    assertThat(feedLinks(web.page(sectionPath))).containsExactly("/feed.xml", feedPath);
    assertThat(feed.getId()).isEqualTo(server.url(feedPath));
    assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(server.url(feedPath));
    assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(server.url(sectionPath));
    assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(FeedServlet.ENTRIES);
    assertThat(feed.getEntries())
        .flatExtracting(Entry::getCategories)
        .extracting(Category::getTerm)
        .containsOnly(slug);
    assertThat(feed.getEntries())
        .extracting(Entry::getId)
        .allMatch(id -> id.startsWith(server.baseUrl() + "/"));
  }

  @Test
  void aFeedOfAnUnknownSectionIsNotFound() {
    for (String path :
        List.of(
            "/section/nowhere/feed.xml",
            "/nl/section/nowhere/feed.xml",
            "/section/analyses/other.xml",
            "/section/analyses/feed.xml/more")) {
      assertThat(get(server.url(path)).statusCode()).as(path).isEqualTo(404);
    }
  }

  @Test
  void theNewsletterFeedIsAValidFeedOfTheIssueArchive() {
    Feed feed = atom(server.url("/newsletter/feed.xml"));

    assertThat(feed.getId()).isEqualTo(server.url("/newsletter/feed.xml"));
    assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(server.url("/newsletter/feed.xml"));
    assertThat(href(feed.getAlternateLinks(), "alternate"))
        .isEqualTo(server.url("/newsletter/issues"));
    assertThat(feed.getUpdated()).isNotNull();
    assertThat(feed.getTitle()).isNotBlank();
    // The demo content has sent two issues; tests that send more must not break this one.
    assertThat(feed.getEntries()).hasSizeGreaterThanOrEqualTo(2);
    for (Entry entry : feed.getEntries()) {
      assertThat(entry.getId()).startsWith(server.url("/newsletter/issues/"));
      String page = href(entry.getAlternateLinks(), "alternate");
      assertThat(web.get(page.substring(server.baseUrl().length())).statusCode())
          .as(page)
          .isEqualTo(200);
    }
    assertThat(feed.getEntries())
        .extracting(Entry::getTitle)
        .as("set the French way, as on the issue pages")
        .contains("Infolettre\u00a0: nos bénévoles, le Mercosur et la marche pour le climat");
  }

  @Test
  void aReaderHoldingTheCurrentFeedIsToldItHasNotChanged() {
    for (String path : List.of("/feed.xml", "/section/analyses/feed.xml", "/newsletter/feed.xml")) {
      HttpResponse<String> first = get(server.url(path));
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

      HttpResponse<String> byTag = get(server.url(path), "If-None-Match", etag);
      HttpResponse<String> byDate = get(server.url(path), "If-Modified-Since", lastModified);
      HttpResponse<String> otherTag = get(server.url(path), "If-None-Match", "\"another\"");

      assertThat(byTag.statusCode()).as(path).isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
      assertThat(byDate.statusCode()).as(path).isEqualTo(304);
      assertThat(otherTag.statusCode()).as(path).isEqualTo(200);
      assertThat(otherTag.body()).isEqualTo(first.body());
    }
  }

  @Test
  void feedsAreCachedFiveMinutesAndSetNoCookie() {
    for (String path :
        List.of(
            "/feed.xml", "/nl/feed.xml", "/section/analyses/feed.xml", "/newsletter/feed.xml")) {
      HttpResponse<String> response = get(server.url(path));

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }
}
