package app.tribune.article;

import static app.tribune.testing.LanguageLinks.alternates;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.LanguageLinks;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The article page as readers and search engines get it, on the demo content: "Des terres pour
 * vivre" has every part a page can show (surtitle, subtitle, two authors, a post-scriptum, a PDF,
 * tags, a Dutch translation, editor's picks among which a draft, its own funders).
 */
class ArticlePageIT {

  private static final String CAMPAIGN = "/articles/des-terres-pour-vivre-notre-campagne-de-careme";
  private static final String CAMPAIGN_NL = "/nl/articles/land-om-van-te-leven-onze-vastencampagne";
  private static final String ANALYSIS = "/articles/souverainete-alimentaire-plus-qu-un-slogan";
  private static final String ARCHIVED =
      "/articles/faire-vivre-la-declaration-des-nations-unies-sur-les-droits-des-paysans";
  private static final String SUB_SECTION_ARTICLE =
      "/articles/benin-transformer-le-soja-et-le-karite-sur-place";
  private static final String ANNUAL_REPORT = "/articles/rapport-annuel-ou-sont-alles-vos-dons";
  private static final String NNBSP = "\u202F";
  private static final String NBSP = "\u00A0";

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void thePartsOfTheArticleComeInReadingOrder() {
    Document page = web.page(CAMPAIGN);

    List<String> parts =
        List.of(
            ".breadcrumb",
            ".article .surtitle",
            "h1",
            ".article .subtitle",
            ".article-header .meta",
            ".byline",
            ".article .lead",
            ".article .body",
            ".article .ps",
            ".attachments",
            ".tags",
            ".share",
            ".translations",
            ".read-also",
            "main .partners");
    List<Element> all = page.getAllElements();
    List<Integer> positions =
        parts.stream()
            .map(
                css -> {
                  Element part = page.selectFirst(css);
                  assertThat(part).as(css).isNotNull();
                  return all.indexOf(part);
                })
            .toList();
    assertThat(positions).isSorted().doesNotHaveDuplicates();

    assertThat(page.select(".breadcrumb li").eachText())
        .containsExactly(
            "Accueil",
            "Campagne de Carême « Des terres pour vivre »",
            page.selectFirst("h1").text());
    Element meta = page.selectFirst(".article-header .meta");
    assertThat(meta.selectFirst("time").text())
        .matches(
            "(1er|\\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                + "|novembre|décembre) \\d{4}");
    assertThat(meta.selectFirst(".type").text()).isEqualTo("Campagne");
    assertThat(meta.selectFirst("a").attr("href"))
        .isEqualTo("/section/campagne-des-terres-pour-vivre");
  }

  @Test
  void theBylineNamesTheKindOfTextAndLinksEachAuthorToAPageThatAnswers() {
    Element byline = web.page(CAMPAIGN).selectFirst(".byline");

    assertThat(byline.text()).isEqualTo("Un article de Sofie Claes et Terres Solidaires");
    for (Element author : byline.select("a")) {
      Document authorPage = web.page(author.attr("href"));
      assertThat(authorPage.selectFirst("h1").text()).isEqualTo(author.text());
    }
    assertThat(web.page(ANALYSIS).selectFirst(".byline").text())
        .isEqualTo("Une analyse de Claire Dumont");
    assertThat(web.page(CAMPAIGN_NL).selectFirst(".byline").text())
        .isEqualTo("Een artikel van Sofie Claes en Terres Solidaires");
  }

  @Test
  void illustrationsAreDescribedInTheArticlesLanguageAndEnglishDatesAreBritish() {
    Document french = web.page(CAMPAIGN);
    Document dutch = web.page(CAMPAIGN_NL);
    Document english = web.page("/en/articles/climate-finance-the-promises-and-the-bill");

    assertThat(french.selectFirst(".featured img").attr("alt"))
        .startsWith("Illustration" + NBSP + ": ");
    assertThat(french.selectFirst("meta[property=og:image:alt]").attr("content"))
        .startsWith("Illustration" + NBSP + ": ");
    assertThat(dutch.selectFirst(".featured img").attr("alt")).startsWith("Illustratie: ");
    assertThat(english.selectFirst(".featured img").attr("alt")).startsWith("Illustration: ");
    assertThat(english.selectFirst(".article-header .meta time").text())
        .matches(
            "\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                + "|November|December) \\d{4}");
  }

  @Test
  void aFrenchBylineElidesDeBeforeANameStartingWithAVowel() {
    assertThat(
            web.page("/articles/finance-climat-les-promesses-et-la-facture")
                .selectFirst(".byline")
                .text())
        .isEqualTo("Une analyse d’Inès Verhaegen");
    assertThat(
            web.page("/articles/les-femmes-nourrissent-le-monde-mais-possedent-rarement-la-terre")
                .selectFirst(".byline")
                .text())
        .isEqualTo("Une analyse d’Amina Benali et Mamadou Diallo");
    assertThat(
            web.page("/en/articles/climate-finance-the-promises-and-the-bill")
                .selectFirst(".byline")
                .text())
        .isEqualTo("An analysis by Inès Verhaegen");
  }

  @Test
  void tagsLinkToTagPagesThatListTheArticle() {
    Elements tags = web.page(CAMPAIGN).select(".tags a[rel=tag]");

    assertThat(tags.eachText())
        .containsExactly("Accès à la terre", "Droits des paysans", "Souveraineté alimentaire");
    for (Element tag : tags) {
      Document tagPage = web.page(tag.attr("href"));
      assertThat(tagPage.selectFirst("h1").text()).isEqualTo(tag.text());
      assertThat(tagPage.select("article.teaser h3 a").eachAttr("href")).contains(CAMPAIGN);
    }
  }

  @Test
  void attachmentsShowTheirNameKindAndSizeAndDownload() {
    Elements files = web.page(ANNUAL_REPORT).select(".attachments li");

    assertThat(files).hasSize(2);
    assertThat(files.get(0).selectFirst("a").text()).isEqualTo("Rapport annuel complet");
    assertThat(files.get(0).selectFirst(".file-info").wholeText())
        .matches("PDF, \\d(,\\d)?" + NBSP + "ko");
    assertThat(files.get(1).selectFirst(".file-info").wholeText())
        .matches("tableau CSV, \\d+" + NBSP + "o");
    HttpResponse<String> pdf = web.get(files.get(0).selectFirst("a").attr("href"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void shareLinksArePlainLinksCarryingTheEncodedAddressAndTitle() {
    Document page = web.page(CAMPAIGN);
    String canonical = server.baseUrl() + CAMPAIGN;
    String title = page.selectFirst("meta[property=og:title]").attr("content");
    Map<String, String> hrefs = new HashMap<>();
    page.select(".share a").forEach(a -> hrefs.put(a.className(), a.attr("href")));

    assertThat(hrefs.values()).allSatisfy(href -> assertThat(URI.create(href)).isNotNull());
    assertThat(query(hrefs.get("share-facebook"))).containsEntry("u", canonical);
    assertThat(hrefs.get("share-facebook")).startsWith("https://www.facebook.com/sharer/");
    assertThat(query(hrefs.get("share-x")))
        .containsEntry("url", canonical)
        .containsEntry("text", title);
    assertThat(query(hrefs.get("share-linkedin"))).containsEntry("url", canonical);
    assertThat(query(hrefs.get("share-whatsapp"))).containsEntry("text", title + " " + canonical);
    assertThat(hrefs.get("share-email")).startsWith("mailto:?").doesNotContain("+");
    assertThat(query(hrefs.get("share-email")))
        .containsEntry("subject", title)
        .containsEntry("body", canonical);
    // No script from a network, nor any other script, on the page.
    assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
  }

  @Test
  void translationsAreLinkedBothWaysWithHreflangAndTheirLanguagesName() {
    Document french = web.page(CAMPAIGN);
    Document dutch = web.page(CAMPAIGN_NL);

    assertThat(alternates(french))
        .containsEntry("fr", server.baseUrl() + CAMPAIGN)
        .containsEntry("nl", server.baseUrl() + CAMPAIGN_NL)
        .containsEntry("x-default", server.baseUrl() + CAMPAIGN);
    assertThat(alternates(dutch)).isEqualTo(alternates(french));
    Element toDutch = french.selectFirst(".translations a");
    assertThat(toDutch.attr("href")).isEqualTo(CAMPAIGN_NL);
    assertThat(toDutch.attr("hreflang")).isEqualTo("nl");
    assertThat(toDutch.text()).isEqualTo("Nederlands");
    Element toFrench = dutch.selectFirst(".translations a");
    assertThat(toFrench.attr("href")).isEqualTo(CAMPAIGN);
    assertThat(toFrench.text()).isEqualTo("Français");
    assertThat(dutch.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(dutch.selectFirst("#translations-title").text()).isEqualTo("Ook beschikbaar in");
    assertThat(web.page(ANALYSIS).select("link[hreflang], .translations")).isEmpty();
  }

  @Test
  void theLanguageMenuLeadsToTheTranslationElseToThatLanguagesHome() {
    assertThat(LanguageLinks.menu(web.page(CAMPAIGN)))
        .containsEntry("nl", CAMPAIGN_NL)
        .containsEntry("en", "/en/");
    assertThat(LanguageLinks.menu(web.page(CAMPAIGN_NL))).containsEntry("fr", CAMPAIGN);
    assertThat(LanguageLinks.menu(web.page(ANALYSIS)))
        .containsExactly(Map.entry("nl", "/nl/"), Map.entry("en", "/en/"));
  }

  @Test
  void anArticleInASubSectionShowsTheWholeSectionPath() {
    Document page = web.page(SUB_SECTION_ARTICLE);

    assertThat(page.select(".breadcrumb a").eachAttr("href"))
        .containsExactly("/", "/section/projets", "/section/afrique-de-l-ouest");
    assertThat(page.select(".breadcrumb li").eachText())
        .containsExactly("Accueil", "Projets", "Afrique de l’Ouest", page.selectFirst("h1").text());
  }

  @Test
  void readAlsoOffersTheEditorsPicksFirstThenCloseArticlesNeverItselfNorADraft() {
    List<String> campaign = readAlso(CAMPAIGN);

    assertThat(campaign.subList(0, 3))
        .containsExactly(
            "/articles/accaparement-des-terres-en-cinq-questions",
            "/articles/petition-pour-une-loi-contre-l-importation-de-produits-issus-de-l-accaparement",
            "/articles/cinq-facons-de-soutenir-la-campagne-pres-de-chez-vous");
    assertThat(campaign)
        .doesNotContain("/articles/bilan-de-la-campagne-des-terres-pour-vivre", CAMPAIGN_NL);
    assertThat(readAlso(CAMPAIGN_NL)).doesNotContain(CAMPAIGN);

    for (String article : List.of(CAMPAIGN, CAMPAIGN_NL, ANALYSIS, ARCHIVED, ANNUAL_REPORT)) {
      List<String> offered = readAlso(article);
      assertThat(offered).as(article).hasSizeBetween(3, 5).doesNotHaveDuplicates();
      assertThat(offered).as(article).doesNotContain(article);
      offered.forEach(link -> assertThat(web.get(link).statusCode()).as(link).isEqualTo(200));
    }
  }

  @Test
  void anArchivedPickIsOfferedAndMarkedSo() {
    Element archived =
        web.page(ANALYSIS).select(".read-also li").stream()
            .filter(li -> li.selectFirst("a").attr("href").equals(ARCHIVED))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the archived pick is not offered"));

    assertThat(archived.select(".badge.archived").text()).isEqualTo("Archivé");
  }

  @Test
  void fundersAreTheArticlesElseItsSectionsElseTheSites() {
    assertThat(funders("/articles/cantines-scolaires-nourrir-les-enfants-soutenir-les-paysans"))
        .containsExactly("Région Sambre-et-Lys");
    assertThat(funders("/articles/mali-des-banques-de-cereales-gerees-par-les-femmes"))
        .containsExactly("Région Sambre-et-Lys", "Horizons Coopération");
    assertThat(funders(ANALYSIS))
        .containsExactly(
            "Région Sambre-et-Lys",
            "Horizons Coopération",
            "Fondation Élise Marchal",
            "La Roue Solidaire");
    // Thanked once, in the page, not again in the footer.
    assertThat(web.page(ANALYSIS).select(".partners")).hasSize(1);
  }

  @Test
  void structuredDataIsANewsArticleThatParsesAsJson() {
    Document page = web.page(CAMPAIGN);
    Elements scripts = page.select("script[type=application/ld+json]");

    assertThat(scripts).hasSize(1);
    JsonObject json = Json.createReader(new StringReader(scripts.first().data())).readObject();
    assertThat(json.getString("@context")).isEqualTo("https://schema.org");
    assertThat(json.getString("@type")).isEqualTo("NewsArticle");
    assertThat(json.getString("headline"))
        .isEqualTo(page.selectFirst("meta[property=og:title]").attr("content"))
        .startsWith("Des terres pour vivre");
    assertThat(json.getString("inLanguage")).isEqualTo("fr");
    assertThat(json.getJsonObject("mainEntityOfPage").getString("@id"))
        .isEqualTo(server.baseUrl() + CAMPAIGN);
    assertThat(json.getJsonArray("author").getValuesAs(JsonObject.class))
        .extracting(author -> author.getString("name"), author -> author.getString("@type"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sofie Claes", "Person"),
            org.assertj.core.groups.Tuple.tuple("Terres Solidaires", "Organization"));
    JsonObject publisher = json.getJsonObject("publisher");
    assertThat(publisher.getString("@type")).isEqualTo("Organization");
    assertThat(publisher.getString("name")).isEqualTo("Terres Solidaires");
    assertThat(publisher.getJsonObject("logo").getString("url")).startsWith(server.baseUrl());
    assertThat(json.getJsonArray("image").getValuesAs(JsonString.class))
        .allSatisfy(
            image -> assertThat(image.getString()).startsWith(server.baseUrl() + "/media/"));
    assertThat(Instant.parse(json.getString("datePublished"))).isBefore(Instant.now());
    assertThat(json.getString("dateModified")).isNotBlank();
  }

  @Test
  void searchEnginesAndNetworksGetAbsoluteAddressesAndALargeImageCard() {
    Document page = web.page(CAMPAIGN);

    assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + CAMPAIGN);
    assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
        .isEqualTo(server.baseUrl() + CAMPAIGN);
    assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(page.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("fr_BE");
    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .startsWith(server.baseUrl() + "/media/");
    assertThat(page.selectFirst("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .startsWith("Cette année, notre campagne de Carême");
    assertThat(page.title()).startsWith("Des terres pour vivre").endsWith(" · Terres Solidaires");
  }

  @Test
  void theHomePageDescribesTheOrganisationWithItsSocialLinks() {
    Document home = web.page("/");

    JsonObject json =
        Json.createReader(
                new StringReader(home.selectFirst("script[type=application/ld+json]").data()))
            .readObject();
    assertThat(json.getString("@type")).isEqualTo("Organization");
    assertThat(json.getString("name")).isEqualTo("Terres Solidaires");
    assertThat(json.getString("url")).isEqualTo(server.baseUrl() + "/");
    assertThat(json.getJsonObject("logo").getString("url")).startsWith(server.baseUrl());
    assertThat(json.getJsonArray("sameAs").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .contains("https://www.facebook.com/terressolidaires");
    assertThat(home.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/");
  }

  @Test
  void anArchivedArticleKeepsItsAddressAndSaysItIsArchived() {
    HttpResponse<String> response = web.get(ARCHIVED);

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = web.page(ARCHIVED);
    assertThat(page.selectFirst(".archived-notice").text()).startsWith("Cet article est archivé.");
    assertThat(web.page(ANALYSIS).select(".archived-notice")).isEmpty();
  }

  @Test
  void draftsScheduledRejectedAndTrashedArticlesAreNotFound() {
    for (String slug :
        List.of(
            "bilan-de-la-campagne-des-terres-pour-vivre",
            "l-eau-bien-commun-ou-marchandise",
            "lettre-aux-communes-pour-des-achats-publics-equitables",
            "fete-de-printemps-a-liege")) {
      HttpResponse<String> response = web.get("/articles/" + slug);
      assertThat(response.statusCode()).as(slug).isEqualTo(404);
      assertThat(response.body()).as(slug).contains("Page introuvable");
    }
  }

  @Test
  void frenchPagesAreSetTheFrenchWayAndOthersAreLeftAlone() {
    Document report = web.page(ANNUAL_REPORT);
    Document analysis = web.page(ANALYSIS);
    Document dutch = web.page(CAMPAIGN_NL);

    assertThat(report.selectFirst("h1").wholeText()).endsWith("vos dons" + NNBSP + "?");
    assertThat(analysis.selectFirst(".article .body").wholeText())
        .contains("faire date" + NBSP + ": la")
        .contains("«" + NBSP + "Nourrir le monde")
        .doesNotContain(" :", " ;", " ?", " !", "« ", " »");
    assertThat(dutch.select(".article .body h2").eachText()).contains("Waarom deze campagne?");
  }

  @Test
  void routedPagesCarryTheStrictContentPolicyTheStructuredDataLivesWith() {
    for (String path : List.of("/", CAMPAIGN, CAMPAIGN_NL, "/tag/eau", "/author/claire-dumont")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .hasValue("nosniff");
    }
  }

  @Test
  void articlePagesSetNoCookie() {
    for (String path :
        List.of(CAMPAIGN, CAMPAIGN_NL, ARCHIVED, "/articles/fete-de-printemps-a-liege")) {
      assertThat(web.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  private List<String> readAlso(String article) {
    return web.page(article).select(".read-also li > a").eachAttr("href");
  }

  private List<String> funders(String article) {
    return web.page(article).select("main .partners li").stream()
        .map(li -> li.selectFirst("img") != null ? li.selectFirst("img").attr("alt") : li.text())
        .toList();
  }

  private static Map<String, String> query(String href) {
    Map<String, String> values = new HashMap<>();
    Arrays.stream(href.substring(href.indexOf('?') + 1).split("&"))
        .map(pair -> pair.split("=", 2))
        .forEach(pair -> values.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    return values;
  }
}
