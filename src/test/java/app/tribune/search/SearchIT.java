package app.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The search page against the demo content, as a reader (or a hostile robot) uses it. */
class SearchIT {

  private static final String KARITE_PROJECT = "Bénin : transformer le soja et le karité sur place";

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  private static String search(String words) {
    return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static List<String> titles(Document page) {
    return page.select(".result h3 a").eachText();
  }

  @Test
  void aDemoWordFindsItsArticleFirstWithTheWordMarked() {
    for (String words : List.of("karité", "KARITE soja")) {
      Document page = web.page(search(words));

      assertThat(titles(page)).as(words).first().isEqualTo(KARITE_PROJECT);
      Element first = page.selectFirst(".result");
      assertThat(first.select(".snippet mark").eachText())
          .as(words)
          .anySatisfy(mark -> assertThat(mark).containsIgnoringCase("karit"));
      assertThat(first.selectFirst("h3 a").attr("href"))
          .isEqualTo("/articles/benin-transformer-le-soja-et-le-karite-sur-place");
      assertThat(first.selectFirst(".meta").text()).contains("Projet", "Afrique de l’Ouest");
    }
  }

  @Test
  void agricoleAlsoFindsTextsThatOnlySpeakOfAgriculture() {
    Document page = web.page(search("agricole") + "&page=2");
    Document first = web.page(search("agricole"));

    assertThat(titles(first)).first().asString().contains("agricole");
    assertThat(titles(first)).hasSize(SearchIndex.PAGE_SIZE);
    assertThat(first.select(".snippet mark").eachText())
        .anySatisfy(mark -> assertThat(mark).contains("agriculture"));
    assertThat(titles(first).size() + titles(page).size())
        .isEqualTo(countIn(first))
        .isGreaterThan(SearchIndex.PAGE_SIZE);
    assertThat(titles(first))
        .as("no article is on both pages")
        .doesNotContainAnyElementsOf(titles(page));
  }

  @Test
  void filtersNarrowTheResultsAndStayChosenInTheForm() {
    List<String> all = titles(web.page(search("zaï")));
    Document interviews = web.page(search("zaï") + "&type=INTERVIEW");
    Document projects = web.page(search("zaï") + "&section=projets");

    assertThat(all).hasSize(3);
    assertThat(titles(interviews)).singleElement().asString().contains("zaï");
    assertThat(interviews.selectFirst("#search-type option[selected]").val())
        .isEqualTo("INTERVIEW");
    assertThat(titles(projects))
        .as("a section includes its sub-sections, in every language")
        .hasSize(2)
        .allSatisfy(title -> assertThat(title).startsWith("Burkina Faso"));

    String year = interviews.selectFirst(".result time").attr("datetime").substring(0, 4);
    Document thatYear = web.page(search("zaï") + "&year=" + year);
    assertThat(thatYear.select(".result time").eachAttr("datetime"))
        .isNotEmpty()
        .allSatisfy(date -> assertThat(date).startsWith(year));
    assertThat(thatYear.selectFirst("#search-year option[selected]").val()).isEqualTo(year);
  }

  @Test
  void paginationLinksKeepTheWordsAndFilters() {
    // Eleven press releases in the demo, in three languages: two pages, listed newest first.
    Document first = web.page("/search?type=PRESS_RELEASE");

    Element next = first.selectFirst(".pagination a[rel=next]");
    assertThat(next.attr("href")).isEqualTo("/search?type=PRESS_RELEASE&page=2");
    Document second = web.page(next.attr("href"));
    assertThat(second.select(".result")).isNotEmpty();
    assertThat(second.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("2");
    assertThat(second.select(".result .meta").eachText())
        .allSatisfy(meta -> assertThat(meta).contains("Communiqué de presse"));

    Document words = web.page(search("agricole"));
    assertThat(words.selectFirst(".pagination a[rel=next]").attr("href"))
        .isEqualTo("/search?q=agricole&page=2");
  }

  @Test
  void everyPageHasASearchBoxThatKeepsTheInterfaceLanguage() {
    Element french = web.page("/").selectFirst("header form[role=search]");
    Element dutch = web.page("/nl/").selectFirst("header form[role=search]");

    assertThat(french.attr("method")).isEqualTo("get");
    assertThat(french.attr("action")).isEqualTo("/search");
    assertThat(dutch.attr("action")).isEqualTo("/nl/search");
    String inputId = french.selectFirst("input[name=q]").id();
    assertThat(french.selectFirst("label[for=" + inputId + "]").text())
        .isEqualTo("Rechercher sur le site");
  }

  @Test
  void theDutchInterfaceFindsDutchArticlesByTheirStems() {
    Document page = web.page("/nl/search?q=boer");

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Zoeken");
    assertThat(page.select(".result h3 a[lang=nl]")).isNotEmpty();
  }

  @Test
  void hostileInputGetsAPageNeverAnErrorNorAnEcho() {
    String script = "<script>alert(1)</script>";
    List<String> addresses =
        List.of(
            search(script),
            search("\"><script>alert(1)</script>"),
            search("' OR 1=1 --"),
            search("\" * : ( ~ \\ title_fr:x AND *:*"),
            search("a".repeat(10_000)),
            search("é".repeat(10_000)),
            search("agricole") + "&page=-1",
            search("agricole") + "&page=abc",
            search("agricole") + "&page=999999",
            search("agricole") + "&page=99999999999999999999",
            search("agricole") + "&type=" + URLEncoder.encode(script, StandardCharsets.UTF_8),
            search("agricole") + "&section=nowhere&year=abc",
            "/search?year=99999&type=NOPE");
    for (String address : addresses) {
      HttpResponse<String> response = web.get(address);

      assertThat(response.statusCode()).as(address).isIn(200, 404);
      assertThat(response.body())
          .as(address)
          .doesNotContain("<script>alert", "Exception", "Une erreur est survenue");
      assertThat(response.headers().allValues("Set-Cookie")).as(address).isEmpty();
    }
  }

  @Test
  void theQueryIsShownBackEscapedAndCut() {
    String hostile = "\"><script>alert(1)</script>";
    Document page = web.page(search(hostile));
    Document longQuery = web.page(search("agricole " + "x".repeat(10_000)));

    assertThat(page.selectFirst("#search-q").val()).isEqualTo(hostile);
    assertThat(page.selectFirst("h2").text()).contains(hostile);
    assertThat(longQuery.selectFirst("#search-q").val()).hasSize(SearchQuery.MAX_LENGTH);
  }

  @Test
  void unknownFiltersAreDroppedAndAnOutOfRangePageShowsTheLastOne() {
    Document page = web.page(search("agricole") + "&type=NOPE&section=nowhere&page=999999");

    assertThat(page.selectFirst("#search-type option[selected]")).isNull();
    assertThat(page.selectFirst("#search-section option[selected]")).isNull();
    assertThat(page.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("2");
    assertThat(page.select(".result")).isNotEmpty();
  }

  @Test
  void anEmptySearchShowsTheFormOnly() {
    Document page = web.page("/search");
    Document stopWords = web.page(search("le la les"));

    assertThat(page.selectFirst("form.search-form").attr("method")).isEqualTo("get");
    assertThat(page.select("input[name=jakarta.faces.ViewState]")).isEmpty();
    assertThat(page.select(".search-results")).isEmpty();
    assertThat(stopWords.selectFirst(".search-count").text()).startsWith("Aucun article");
  }

  private static int countIn(Document page) {
    return Integer.parseInt(page.selectFirst(".search-count").text().replaceAll("[^0-9]", ""));
  }
}
