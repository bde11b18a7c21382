package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.sending.IssueContent.Group;
import app.tribune.newsletter.sending.IssueContent.Item;
import app.tribune.newsletter.sending.IssueRenderer.Encoded;
import app.tribune.newsletter.sending.IssueRenderer.Personal;
import app.tribune.newsletter.sending.IssueRenderer.Prepared;
import app.tribune.newsletter.sending.IssueRenderer.Rendered;
import app.tribune.platform.i18n.Language;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class IssueRendererTest {

  private static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";
  private static final IssueRenderer RENDERER = new IssueRenderer();

  private static final IssueContent ISSUE =
      new IssueContent(
          7,
          Language.FR,
          "Les nouvelles de mars",
          "Un puits, une fête et nos comptes",
          "<p>Un mot <strong>d’introduction</strong>.</p>",
          "Un mot d’introduction.",
          List.of(
              new Group(
                  "Nos projets",
                  List.of(
                      new Item(
                          HOSTILE, "Un puits au village", "https://example.org/articles/puits"),
                      new Item("Sans lien", null, null))),
              new Group("Nos évènements", List.of(new Item("Fête", "Le 12", null)))),
          "Terres Solidaires",
          "Merci de nous lire.",
          "Rue de la Loi 1, Bruxelles",
          "https://example.org/newsletter/issues/7");

  private static final Personal MARIE =
      new Personal(
          "Marie",
          "https://example.org/nl/newsletter/preferences/p-token",
          "https://example.org/nl/newsletter/unsubscribe/u-token");

  @Test
  void aSubscribersCopyHasBothPartsInTheirLanguageWithTheirLinks() {
    Rendered dutch = RENDERER.render(ISSUE, Language.NL, MARIE);

    Document html = Jsoup.parse(dutch.html());
    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(html.select("h1").text()).isEqualTo("Les nouvelles de mars");
    assertThat(html.select("h2").eachText()).containsExactly("Nos projets", "Nos évènements");
    assertThat(html.select("a[href=https://example.org/articles/puits]").text()).isEqualTo(HOSTILE);
    assertThat(html.text()).contains("Hallo Marie,", "Nieuwsbrief nr. 7");
    assertThat(html.select("a[href=" + MARIE.unsubscribeUrl() + "]").text())
        .isEqualTo("Uitschrijven");
    assertThat(html.select("a[href=" + MARIE.preferencesUrl() + "]")).hasSize(1);
    assertThat(html.select("strong").text()).isEqualTo("d’introduction");

    assertThat(dutch.text())
        .contains(
            "Hallo Marie,",
            "== Nos projets ==",
            "* " + HOSTILE,
            "  Un puits au village",
            "  https://example.org/articles/puits",
            "Uitschrijven : " + MARIE.unsubscribeUrl(),
            "Un mot d’introduction.")
        .doesNotContain("\n\n\n", "[(", "th:");
  }

  @Test
  void copiesOfOnePreparedIssueShareItsBodyAndKeepTheirOwnNameAndLinks() {
    Prepared french = RENDERER.prepare(ISSUE, Language.FR);
    Personal other =
        new Personal(
            "<b>Jo</b>",
            "https://example.org/newsletter/preferences/other",
            "https://example.org/newsletter/unsubscribe/other");

    Document first = Jsoup.parse(RENDERER.render(french, MARIE).html());
    Document second = Jsoup.parse(RENDERER.render(french, other).html());

    assertThat(first.select(".item").outerHtml()).isEqualTo(second.select(".item").outerHtml());
    assertThat(first.select("h2").attr("style")).contains("text-transform: uppercase");
    assertThat(first.text()).contains("Marie").doesNotContain("Jo");
    assertThat(second.text()).contains("<b>Jo</b>").doesNotContain("Marie");
    assertThat(second.select("b")).isEmpty();
    assertThat(second.select("a[href=" + other.unsubscribeUrl() + "]")).hasSize(1);
    assertThat(second.select("a[href=" + MARIE.unsubscribeUrl() + "]")).isEmpty();
  }

  @Test
  void aCopyFilledInFromTheStencilIsTheCopyTheTemplatesWouldWrite() {
    for (Language language : Language.values()) {
      Prepared prepared = RENDERER.prepare(ISSUE, language);
      Prepared withoutStencil = withoutStencils(prepared);
      for (Personal reader :
          List.of(
              MARIE,
              new Personal(null, "https://example.org/p?a=1&b=2", "https://example.org/u#x"),
              new Personal(HOSTILE + " O'Brien", "https://example.org/p/'\"<>", "mailto:x@y"))) {
        assertThat(prepared.htmlCopy()).isPresent();
        assertThat(RENDERER.render(prepared, reader))
            .isEqualTo(RENDERER.render(withoutStencil, reader));
      }
    }
  }

  @Test
  void theCopyMailedIsTheRenderedCopyQuotedPrintable() throws Exception {
    for (Language language : Language.values()) {
      Prepared prepared = RENDERER.prepare(ISSUE, language);
      for (Personal reader :
          List.of(
              MARIE, new Personal(HOSTILE + " é".repeat(60), "https://x/p?a&b", "https://x/u"))) {
        Rendered rendered = RENDERER.render(prepared, reader);
        Encoded mailed = RENDERER.encode(prepared, reader);

        assertThat(decoded(mailed.html())).isEqualTo(crlf(rendered.html()));
        assertThat(decoded(mailed.text())).isEqualTo(crlf(rendered.text()));
        assertThat(new String(mailed.html(), StandardCharsets.US_ASCII).split("\r\n"))
            .allMatch(line -> line.length() <= 76);
      }
    }
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static String decoded(byte[] quotedPrintable) throws Exception {
    try (InputStream in =
        MimeUtility.decode(new ByteArrayInputStream(quotedPrintable), "quoted-printable")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anIssueHoldingTheMarkerCharacterIsStillRenderedWholeForEachReader() {
    IssueContent odd =
        new IssueContent(
            8,
            Language.FR,
            "Sujet " + Stencil.MARK + "1",
            null,
            "<p>Intro</p>",
            "Intro",
            List.of(),
            "Terres Solidaires",
            null,
            null,
            "https://example.org/newsletter/issues/8");

    Prepared prepared = RENDERER.prepare(odd, Language.FR);
    Rendered copy = RENDERER.render(prepared, MARIE);

    assertThat(prepared.htmlCopy()).isEmpty();
    assertThat(copy.text()).contains("Bonjour Marie", MARIE.unsubscribeUrl());
    assertThat(Jsoup.parse(copy.html()).select("a[href=" + MARIE.unsubscribeUrl() + "]"))
        .hasSize(1);
  }

  private static Prepared withoutStencils(Prepared prepared) {
    return new Prepared(
        prepared.issue(),
        prepared.language(),
        prepared.texts(),
        prepared.bodyHtml(),
        prepared.bodyText(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void hostileTitlesArePrintedAsTextNeverAsMarkup() {
    String html = RENDERER.render(ISSUE, Language.FR, MARIE).html();

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(Jsoup.parse(html).select("script")).isEmpty();
  }

  @Test
  void theWebVersionHasNoGreetingAndNoPersonalLink() {
    Rendered web = RENDERER.render(ISSUE, Language.FR, null);

    assertThat(web.html()).doesNotContain("token", "Bonjour");
    assertThat(web.text()).doesNotContain("token", "Bonjour", "désinscrire");
    assertThat(Jsoup.parse(web.html()).select("h3")).hasSize(3);
  }

  @Test
  void thePreheaderComesFirstAndStaysHidden() {
    Document html = Jsoup.parse(RENDERER.render(ISSUE, Language.FR, MARIE).html());

    assertThat(html.body().child(0).text()).isEqualTo("Un puits, une fête et nos comptes");
    assertThat(html.body().child(0).attr("style")).contains("display: none");
  }

  @Test
  void aTestCopyIsMarkedAsATestInTheIssuesLanguage() {
    assertThat(RENDERER.renderTest(ISSUE, MARIE).subject())
        .isEqualTo("[Essai] Les nouvelles de mars");
    IssueContent english =
        new IssueContent(
            ISSUE.number(),
            Language.EN,
            "March news",
            null,
            null,
            null,
            ISSUE.groups(),
            ISSUE.siteName(),
            null,
            null,
            ISSUE.webUrl());
    assertThat(RENDERER.renderTest(english, MARIE).subject()).isEqualTo("[Test] March news");
  }

  @Test
  void theStylesheetEndsUpInStyleAttributes() {
    Document html = Jsoup.parse(RENDERER.render(ISSUE, Language.EN, MARIE).html());

    assertThat(html.select("style")).isEmpty();
    assertThat(html.selectFirst("body").attr("style")).contains("background: #f3f6f4");
    assertThat(html.selectFirst("h2").attr("style")).contains("border-bottom: 2px solid #1d6b47");
    assertThat(html.selectFirst(".footer a").attr("style"))
        .as("the more specific rule comes later and wins")
        .endsWith("color: #5b6470");
  }

  @Test
  void inliningKeepsATemplatesOwnStyleLast() {
    String inlined =
        IssueRenderer.inlineStyles(
            "<p class=\"x\" style=\"color: red\">a</p>",
            "/* c */ .x, p { color: blue; margin: 0; }");

    assertThat(Jsoup.parse(inlined).selectFirst("p").attr("style"))
        .isEqualTo("color: blue; margin: 0;color: red");
  }
}
