package app.tribune.site;

import static app.tribune.testing.LanguageLinks.alternates;
import static app.tribune.testing.LanguageLinks.inEveryLanguage;
import static app.tribune.testing.LanguageLinks.menu;
import static app.tribune.testing.LanguageLinks.menuNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What a reader sees on a fresh installation: the demo content, in French, without a cookie. */
class PublicPagesIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void homePageShowsTheDemoArticlesEventsAndFunders() {
    Document home = web.page("/");

    assertThat(home.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(home.select("article.teaser")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(home.select(".event-list li")).isNotEmpty();
    assertThat(home.select(".partners li")).hasSize(4);
    assertThat(home.select(".site-nav a")).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void theDutchAndEnglishPrefixesShowTheInterfaceInTheirLanguage() {
    Document dutch = web.page("/nl/");
    Document english = web.page("/en/section/analyses");

    assertThat(dutch.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(dutch.select("#events-title").text()).isEqualTo("Volgende activiteiten");
    assertThat(dutch.select(".site-nav a").eachAttr("href"))
        .allMatch(href -> href.startsWith("/nl/"));
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.selectFirst(".breadcrumb a").text()).isEqualTo("Home");
  }

  @Test
  void everyPageLinksToItselfInTheOtherLanguagesEachNamedInItsOwn() {
    Document home = web.page("/");
    Document search = web.page("/en/search?q=semences");
    Document newsletter = web.page("/nl/newsletter");

    assertThat(menu(home)).containsExactly(entry("nl", "/nl/"), entry("en", "/en/"));
    assertThat(menuNames(home)).containsExactly(entry("nl", "Nederlands"), entry("en", "English"));
    assertThat(menu(search))
        .containsExactly(entry("fr", "/search?q=semences"), entry("nl", "/nl/search?q=semences"));
    assertThat(menuNames(search)).containsEntry("fr", "Français");
    assertThat(menu(newsletter))
        .containsExactly(entry("fr", "/newsletter"), entry("en", "/en/newsletter"));
    assertThat(alternates(home)).containsExactlyEntriesOf(inEveryLanguage(server.baseUrl(), "/"));
    assertThat(alternates(web.page("/privacy"))).containsEntry("en", server.url("/en/privacy"));
    assertThat(alternates(web.page("/en/newsletter/issues")))
        .containsEntry("x-default", server.url("/newsletter/issues"));
    assertThat(alternates(search)).as("results are not a page to index").isEmpty();
  }

  @Test
  void anArticleSpeaksItsOwnLanguageWhateverThePageThatLinkedToIt() {
    // The Dutch home lists the French original of each text that has no Dutch version.
    String frenchArticle =
        web.page("/nl/").select("article.teaser h3 a").eachAttr("href").stream()
            .filter(href -> href.startsWith("/articles/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no French article on the Dutch home page"));

    Document article = web.page(frenchArticle);

    assertThat(article.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(article.selectFirst(".breadcrumb a").text()).isEqualTo("Accueil");
    assertThat(article.selectFirst(".breadcrumb a").attr("href")).isEqualTo("/");
  }

  @Test
  void everyTeaserLeadsToItsArticle() {
    List<Element> links = web.page("/").select("article.teaser h3 a");

    for (Element link : links.subList(0, Math.min(5, links.size()))) {
      Document article = web.page(link.attr("href"));
      assertThat(article.selectFirst("h1").text()).isEqualTo(link.text());
      assertThat(article.select(".body p")).isNotEmpty();
      assertThat(article.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(server.baseUrl() + link.attr("href"));
    }
  }

  @Test
  void sectionPagesListTheirArticles() {
    Element firstSection = web.page("/").selectFirst(".site-nav a");

    Document section = web.page(firstSection.attr("href"));

    assertThat(section.selectFirst("h1").text()).isEqualTo(firstSection.text());
  }

  @Test
  void unknownAddressesGetAFriendlyFrenchNotFoundPage() {
    for (String path : List.of("/articles/nothing-here", "/section/nowhere", "/no/such/page")) {
      HttpResponse<String> response = web.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).contains("Page introuvable").doesNotContain("Exception");
    }
  }

  @Test
  void publicPagesSetNoCookie() {
    Document home = web.page("/");
    String article = home.selectFirst("article.teaser h3 a").attr("href");
    String section = home.selectFirst(".site-nav a").attr("href");

    for (String path : List.of("/", article, section, "/articles/nothing-here")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void responsesCarryTheSecurityHeaders() {
    HttpResponse<String> response = web.get("/");

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
  }

  @Test
  void demoImagesAreServedAsImagesWithLongCaching() {
    Element image = web.page("/").selectFirst("article.teaser img");

    HttpResponse<String> response = web.get(image.attr("src"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void aLanguagePrefixOpensNeitherTheBackOfficeNorPrivateFiles() {
    for (String path : List.of("/nl/admin/index.xhtml", "/en/admin/", "/nl/WEB-INF/web.xml")) {
      HttpResponse<String> response = web.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("<web-app").doesNotContain("logout");
    }
  }
}
