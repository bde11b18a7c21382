package app.tribune.section;

import static app.tribune.testing.LanguageLinks.alternates;
import static app.tribune.testing.LanguageLinks.inEveryLanguage;
import static app.tribune.testing.LanguageLinks.menu;
import static app.tribune.testing.LanguageLinks.menuNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page's section blocks and the section pages, on the demo content. */
class SectionPagesIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());
  private final DemoSite demo = DemoSite.content();

  @Test
  void theHomeLeadsWithTheFeaturedArticlesThenTheLatestThreeOfEachTopLevelSection() {
    Document home = web.page("/");

    List<String> leads = home.select(".leads article.teaser h3 a").eachAttr("href");
    assertThat(leads)
        .containsExactlyInAnyOrderElementsOf(
            demo.articles().stream()
                .filter(article -> article.featured() && article.published())
                .map(DemoSite.Article::path)
                .toList());
    List<Element> blocks = home.select(".home-section");
    assertThat(blocks)
        .extracting(block -> block.selectFirst("h2 a").attr("href"))
        .containsExactlyElementsOf(home.select(".site-nav a").eachAttr("href"));
    for (Element block : blocks) {
      String slug = block.selectFirst("h2 a").attr("href").replace("/section/", "");
      List<DemoSite.Article> candidates =
          demo.publishedIn(sectionKey(slug), "fr").stream()
              .filter(article -> !leads.contains(article.path()))
              .sorted(Comparator.comparingInt(DemoSite.Article::daysAgo))
              .toList();
      List<String> shown = block.select("article.teaser h3 a").eachAttr("href");
      assertThat(shown).as(slug).hasSize(Math.min(3, candidates.size()));
      assertNewestFirst(block);
      // The three newest; another published the same day as the third may stand in for it.
      int oldest = candidates.get(shown.size() - 1).daysAgo();
      assertThat(shown)
          .as(slug)
          .isSubsetOf(
              candidates.stream()
                  .filter(article -> article.daysAgo() <= oldest)
                  .map(DemoSite.Article::path)
                  .toList());
    }
  }

  @Test
  void listsShowOneVersionOfEachTextTheOneInTheReadersLanguageWhereThereIsOne() {
    String section = "/section/" + demo.section("communiques-de-presse").slug();
    DemoSite.Article mercosur = demo.article("cp-mercosur");
    DemoSite.Article mercosurInDutch = demo.article("cp-mercosur-nl");
    DemoSite.Article launch = demo.article("cp-lancement-campagne");
    DemoSite.Article launchInEnglish = demo.article("cp-lancement-campagne-en");

    List<String> french = allTeaserLinks(section);
    List<String> dutch = allTeaserLinks("/nl" + section);
    List<String> english = allTeaserLinks("/en" + section);

    assertThat(french)
        .contains(mercosur.path(), launch.path())
        .doesNotContain(mercosurInDutch.path(), launchInEnglish.path());
    assertThat(dutch)
        .contains(mercosurInDutch.path(), launch.path())
        .doesNotContain(mercosur.path(), launchInEnglish.path());
    assertThat(english)
        .contains(mercosur.path(), launchInEnglish.path())
        .doesNotContain(mercosurInDutch.path(), launch.path());
    for (String language : List.of("nl", "en")) {
      assertThat(allTeaserLinks("/" + language + section))
          .as(language)
          .containsExactlyInAnyOrderElementsOf(
              demo.publishedIn("communiques-de-presse", language).stream()
                  .map(DemoSite.Article::path)
                  .toList());
    }
  }

  @Test
  void aFeaturedTextLeadsTheHomeInEachLanguageInItsVersionForThatLanguage() {
    DemoSite.Article original = demo.article("cg-lancement");
    DemoSite.Article dutch = demo.article("cg-lancement-nl");
    assertThat(original.featured()).isTrue();
    assertThat(dutch.featured()).isFalse();

    assertThat(web.page("/").select(".leads article.teaser h3 a").eachAttr("href"))
        .contains(original.path())
        .doesNotContain(dutch.path());
    assertThat(web.page("/nl/").select(".leads article.teaser h3 a").eachAttr("href"))
        .contains(dutch.path())
        .doesNotContain(original.path());
  }

  @Test
  void theHomeShowsSubSectionArticlesUnderTheirTopLevelSection() {
    Element projects =
        web.page("/").select(".home-section").stream()
            .filter(block -> block.selectFirst("h2 a").attr("href").equals("/section/projets"))
            .findFirst()
            .orElseThrow();

    assertThat(projects.select(".meta").eachText())
        .anyMatch(meta -> meta.contains("Afrique de l’Ouest") || meta.contains("Amérique latine"));
  }

  @Test
  void archivedArticlesLeaveTheHomeAndTheSectionListsButKeepTheirAddress() {
    List<DemoSite.Article> archived =
        demo.articles().stream().filter(DemoSite.Article::archived).toList();
    assertThat(archived).isNotEmpty();
    List<String> listed =
        new ArrayList<>(web.page("/").select("article.teaser h3 a").eachAttr("href"));
    for (DemoSite.Section section : demo.sections()) {
      listed.addAll(allTeaserLinks("/section/" + section.slug()));
    }

    for (DemoSite.Article article : archived) {
      assertThat(listed).as(article.slug()).doesNotContain(article.path());
      assertThat(web.get(article.path()).statusCode()).as(article.slug()).isEqualTo(200);
    }
  }

  @Test
  void aSectionListsItsOwnAndItsSubSectionsArticlesTenToAPageNewestFirst() {
    for (String key : List.of("analyses", "projets", "communiques-de-presse")) {
      String path = "/section/" + demo.section(key).slug();
      List<String> expected =
          demo.publishedIn(key, "fr").stream().map(DemoSite.Article::path).toList();

      Document first = web.page(path);
      int pages = (expected.size() + 9) / 10;
      assertThat(first.select("article.teaser")).as(key).hasSize(Math.min(10, expected.size()));
      assertThat(allTeaserLinks(path)).as(key).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(first.select(".pagination li a, .pagination li span.current"))
          .as(key)
          .hasSize(pages > 1 ? pages + 1 : 0);
    }
  }

  @Test
  void pagesLinkToTheirNeighboursForReadersAndRobots() {
    // 12 published analyses: two pages.
    Document first = web.page("/section/analyses");
    Document second = web.page("/section/analyses?page=2");

    assertThat(first.select("link[rel=prev]")).isEmpty();
    assertThat(first.selectFirst("link[rel=next]").attr("href"))
        .isEqualTo("/section/analyses?page=2");
    assertThat(first.selectFirst(".pagination a[rel=next]").attr("href"))
        .isEqualTo("/section/analyses?page=2");
    assertThat(first.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("1");
    assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo("/section/analyses");
    assertThat(second.select("link[rel=next]")).isEmpty();
    assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/section/analyses?page=2");
    assertThat(second.title()).startsWith("Analyses – page 2");
    assertNewestFirst(first);
    assertThat(date(first.select("article.teaser time").last()))
        .isGreaterThanOrEqualTo(date(second.selectFirst("article.teaser time")));
  }

  @Test
  void hostilePageNumbersShowTheFirstPageOrNoneNeverAnErrorNorTheirOwnText() {
    String longNumber = "9".repeat(7_000);
    for (String hostile : List.of("-1", "0", "abc", "<script>alert(1)</script>", "1' OR '1'='1")) {
      HttpResponse<String> response =
          web.get("/section/analyses?page=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

      assertThat(response.statusCode()).as(hostile).isEqualTo(200);
      assertThat(response.body()).as(hostile).doesNotContain("<script>alert", "OR '1'");
    }
    // A page past the last one does not exist, however the number is written.
    for (String pastTheEnd : List.of("3", "999999", longNumber)) {
      HttpResponse<String> response = web.get("/section/analyses?page=" + pastTheEnd);
      assertThat(response.statusCode()).as(pastTheEnd).isEqualTo(404);
      assertThat(response.body()).doesNotContain(longNumber);
    }
    // Longer than the server takes in a request line: refused before the application, never a 500.
    HttpResponse<String> tooLong = web.get("/section/analyses?page=" + "9".repeat(10_000));
    assertThat(tooLong.statusCode()).isBetween(400, 499);
    assertThat(tooLong.body()).doesNotContain("9".repeat(100));
    assertThat(
            web.page("/section/analyses?page=-1").selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/section/analyses");
  }

  @Test
  void teasersShowAnImageWithItsSizeAndSrcsetATitleADateATypeAndASummary() {
    for (Element teaser : web.page("/section/actualites").select("article.teaser")) {
      Element image = teaser.selectFirst("img");
      assertThat(image.attr("srcset")).matches("/media/\\d+/\\S+\\.png \\d+w");
      assertThat(image.attr("width")).isEqualTo("960");
      assertThat(image.attr("height")).isEqualTo("540");
      assertThat(teaser.selectFirst("h3 a").text()).isNotBlank();
      assertThat(teaser.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(teaser.selectFirst(".meta").text())
          .containsAnyOf("Actualité", "Rapport", "Entretien");
      assertThat(teaser.selectFirst("p.lead").text()).isNotBlank();
    }
  }

  @Test
  void aSectionNamesItsSubSectionsAndItsParentInTheReadersLanguage() {
    Document projects = web.page("/nl/section/projets");
    Document westAfrica = web.page("/nl/section/afrique-de-l-ouest");

    assertThat(projects.selectFirst("h1").text()).isEqualTo("Projecten");
    assertThat(projects.select(".sub-sections a").eachText())
        .containsExactly("West-Afrika", "Latijns-Amerika");
    assertThat(projects.select(".sub-sections a").eachAttr("href"))
        .containsExactly("/nl/section/afrique-de-l-ouest", "/nl/section/amerique-latine");
    assertThat(westAfrica.select(".breadcrumb a").eachText()).containsExactly("Home", "Projecten");
    assertThat(westAfrica.select(".sub-sections")).isEmpty();
  }

  @Test
  void aSectionIsSharedUnderItsNameInTheReadersLanguageAndOffersItsOtherLanguages() {
    Document english = web.page("/en/section/campagne-des-terres-pour-vivre");

    String name = english.selectFirst("h1").text();
    assertThat(name).isEqualTo("Lent campaign: Land to live on");
    assertThat(english.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(name);
    assertThat(english.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(name);
    assertThat(alternates(english))
        .containsExactlyEntriesOf(
            inEveryLanguage(server.baseUrl(), "/section/campagne-des-terres-pour-vivre"));
    assertThat(menu(english))
        .containsExactly(
            entry("fr", "/section/campagne-des-terres-pour-vivre"),
            entry("nl", "/nl/section/campagne-des-terres-pour-vivre"));
    assertThat(menuNames(english)).containsValues("Français", "Nederlands");
  }

  @Test
  void unknownSectionsAreNotFound() {
    assertThat(web.get("/section/nowhere-at-all").statusCode()).isEqualTo(404);
    assertThat(web.get("/section/nowhere-at-all?page=2").statusCode()).isEqualTo(404);
  }

  @Test
  void theHomeAndSectionPagesSetNoCookie() {
    List<String> paths = new ArrayList<>(List.of("/", "/nl/", "/section/analyses?page=2"));
    demo.sections().forEach(section -> paths.add("/section/" + section.slug()));

    for (String path : paths) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  /** The article links of every page of a paginated list, following its "next" links. */
  private List<String> allTeaserLinks(String path) {
    List<String> links = new ArrayList<>();
    String next = path;
    while (next != null) {
      Document page = web.page(next);
      links.addAll(page.select("article.teaser h3 a").eachAttr("href"));
      Element nextLink = page.selectFirst("link[rel=next]");
      next = nextLink == null ? null : nextLink.attr("href");
    }
    return links;
  }

  private String sectionKey(String slug) {
    return demo.sections().stream()
        .filter(section -> section.slug().equals(slug))
        .findFirst()
        .orElseThrow()
        .key();
  }

  private static void assertNewestFirst(Element list) {
    List<String> dates = list.select("article.teaser time").eachAttr("datetime");
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
  }

  private static String date(Element time) {
    return time.attr("datetime");
  }
}
