package app.tribune.site;

import static app.tribune.testing.LanguageLinks.alternates;
import static app.tribune.testing.LanguageLinks.inEveryLanguage;
import static app.tribune.testing.LanguageLinks.menu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Tag and author pages on the demo content, which has archived articles and articles in every
 * unpublished status among those with a tag or an author: only the readable ones are listed.
 */
class TagAndAuthorPagesIT {

  private static final Set<String> READABLE = Set.of("PUBLISHED", "ARCHIVED");
  private static final List<JsonObject> DEMO_ARTICLES = demoArticles();

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void aTagPageListsItsPublishedAndArchivedArticlesNewestFirstAndMarksTheArchived() {
    for (String tag :
        List.of("vie-associative", "eau", "commerce-equitable", "semences-paysannes")) {
      Document page = web.page("/tag/" + tag);

      assertThat(teaserLinks(page))
          .as(tag)
          .containsExactlyInAnyOrderElementsOf(
              readableLinks(article -> strings(article, "tags").contains(tag)));
      assertNewestFirst(page);
      assertThat(page.select("nav.pagination")).as(tag).isEmpty();
    }
    Document withArchived = web.page("/tag/vie-associative");
    Element archived =
        withArchived.select("article.teaser").stream()
            .filter(
                t ->
                    t.selectFirst("h3 a")
                        .attr("href")
                        .endsWith("/pierre-moreau-nomme-secretaire-general"))
            .findFirst()
            .orElseThrow();
    assertThat(archived.select(".badge.archived").text()).isEqualTo("Archivé");
    assertThat(withArchived.select(".badge.archived")).hasSize(1);
  }

  @Test
  void aTagPageIsNamedAndDescribedForReadersAndSearchEngines() {
    Document page = web.page("/tag/semences-paysannes");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Semences paysannes");
    assertThat(page.select(".breadcrumb li").eachText())
        .containsExactly("Accueil", "Semences paysannes");
    assertThat(page.title()).isEqualTo("Semences paysannes · Terres Solidaires");
    assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/tag/semences-paysannes");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Toutes nos publications sur le thème «\u00A0Semences paysannes\u00A0».");
    assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo("Semences paysannes");
  }

  @Test
  void anAuthorPageSaysWhoTheyAreAndListsWhatTheySigned() {
    for (String key : List.of("claire-dumont", "sofie-claes", "jan-peeters", "terres-solidaires")) {
      JsonObject author = demoAuthor(key);
      String slug = slug(author.getString("name"));
      Document page = web.page("/author/" + slug);

      assertThat(page.selectFirst("h1").text()).isEqualTo(author.getString("name"));
      assertThat(page.selectFirst(".bio").text()).isEqualTo(author.getString("bio"));
      assertThat(teaserLinks(page))
          .as(key)
          .containsExactlyInAnyOrderElementsOf(
              readableLinks(article -> strings(article, "authors").contains(key)));
      assertNewestFirst(page);
      assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(server.baseUrl() + "/author/" + slug);
      assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("profile");
    }
  }

  @Test
  void anOrganisationSaysSoAndLinksToItsWebsite() {
    Document coalition = web.page("/author/coalition-justice-climat-wallonie-bruxelles");
    Document person = web.page("/author/claire-dumont");

    assertThat(coalition.selectFirst(".author-header .surtitle").text()).isEqualTo("Organisation");
    assertThat(coalition.selectFirst(".website a").attr("href"))
        .isEqualTo("https://justiceclimat.example.org");
    assertThat(person.selectFirst(".author-header .surtitle").text())
        .isEqualTo("Auteur ou autrice");
    assertThat(person.select(".website")).isEmpty();
    assertThat(web.page("/author/terres-solidaires").select(".badge.archived")).hasSize(2);
  }

  @Test
  void hostilePageNumbersGetTheFirstPageOrNotFoundNeverAnError() {
    for (String list : List.of("/tag/vie-associative", "/author/thomas-lejeune")) {
      List<String> firstPage = teaserLinks(web.page(list));
      for (String value :
          List.of(
              "-1",
              "0",
              "abc",
              "1.5",
              "",
              "1' OR '1'='1",
              "<script>alert(1)</script>",
              "x".repeat(2_000))) {
        HttpResponse<String> response = web.get(list + "?page=" + encode(value));
        assertThat(response.statusCode()).as(list + " page=" + shorten(value)).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)");
        assertThat(teaserLinks(web.page(list + "?page=" + encode(value)))).isEqualTo(firstPage);
      }
      // Past 8 KB the request line is refused by the HTTP listener itself, before the application.
      assertThat(web.get(list + "?page=" + "x".repeat(10_000)).statusCode()).isIn(200, 400);
      for (String value : List.of("2", "999999", "99999999999999999999")) {
        HttpResponse<String> response = web.get(list + "?page=" + value);
        assertThat(response.statusCode()).as(list + " page=" + value).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable");
      }
    }
  }

  @Test
  void unknownTagsAndAuthorsAreNotFound() {
    for (String path :
        List.of("/tag/nothing-here", "/author/nobody", "/tag/Eau", "/author/", "/tag/eau/x")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).contains("Page introuvable");
    }
  }

  @Test
  void underALanguagePrefixThePagesSpeakThatLanguageAndLinksKeepIt() {
    Document dutch = web.page("/nl/tag/eau");
    Document english = web.page("/en/author/claire-dumont");

    assertThat(dutch.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(dutch.selectFirst(".listing-header .surtitle").text()).isEqualTo("Thema");
    assertThat(dutch.selectFirst(".breadcrumb a").attr("href")).isEqualTo("/nl/");
    assertThat(dutch.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/nl/tag/eau");
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.selectFirst("#publications-title").text()).isEqualTo("Publications");
    assertThat(english.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
  }

  @Test
  void tagAndAuthorPagesNameTheirVersionsInEveryLanguage() {
    Document tag = web.page("/nl/tag/eau");
    Document author = web.page("/en/author/claire-dumont");

    assertThat(alternates(tag))
        .containsExactlyEntriesOf(inEveryLanguage(server.baseUrl(), "/tag/eau"));
    assertThat(alternates(author))
        .containsEntry("nl", server.url("/nl/author/claire-dumont"))
        .containsEntry("x-default", server.url("/author/claire-dumont"));
    assertThat(menu(author))
        .containsExactly(
            entry("fr", "/author/claire-dumont"), entry("nl", "/nl/author/claire-dumont"));
    assertThat(tag.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo(tag.selectFirst("h1").text());
  }

  @Test
  void tagAndAuthorPagesSetNoCookie() {
    for (String path :
        List.of(
            "/tag/eau",
            "/author/claire-dumont",
            "/nl/tag/eau",
            "/tag/eau?page=abc",
            "/tag/eau?page=999999",
            "/author/nobody")) {
      assertThat(web.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  private static List<String> teaserLinks(Document page) {
    return page.select("article.teaser h3 a").eachAttr("href");
  }

  private static void assertNewestFirst(Document page) {
    assertThat(page.select("article.teaser time").eachAttr("datetime"))
        .isSortedAccordingTo(Comparator.reverseOrder());
  }

  /** Where the demo's readable articles matching {@code filter} are, as their teasers link. */
  /** Links to the demo articles that pass {@code filter}, one version of each text as in French. */
  private static List<String> readableLinks(Predicate<JsonObject> filter) {
    Set<String> listed =
        DemoSite.content().visibleArticlesListedIn("fr").stream()
            .map(DemoSite.Article::path)
            .collect(Collectors.toSet());
    return DEMO_ARTICLES.stream()
        .filter(article -> READABLE.contains(article.getString("status", "PUBLISHED")))
        .filter(filter)
        .map(
            article ->
                ("fr".equals(article.getString("language"))
                        ? ""
                        : "/" + article.getString("language"))
                    + "/articles/"
                    + article.getString("slug"))
        .filter(listed::contains)
        .toList();
  }

  private static List<String> strings(JsonObject json, String name) {
    return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonObject demoAuthor(String key) {
    return demo().getJsonArray("authors").getValuesAs(JsonObject.class).stream()
        .filter(author -> author.getString("key").equals(key))
        .findFirst()
        .orElseThrow();
  }

  /** Author slugs are made from their names, as the demo loader does. */
  private static String slug(String name) {
    return app.tribune.platform.text.Slugs.slugify(name);
  }

  private static List<JsonObject> demoArticles() {
    return demo().getJsonArray("articles").getValuesAs(JsonObject.class);
  }

  private static JsonObject demo() {
    try (InputStream in = TagAndAuthorPagesIT.class.getResourceAsStream("/demo/content.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
