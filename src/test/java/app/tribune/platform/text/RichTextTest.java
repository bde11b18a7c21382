package app.tribune.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void removesScriptsAndTheirContent() {
    String html = RichText.sanitize("<p>Bonjour</p><script>alert('x')</script>");

    assertThat(html).isEqualTo("<p>Bonjour</p>");
  }

  @Test
  void removesEventHandlers() {
    String html = RichText.sanitize("<img src=\"/media/1/a.png\" onerror=\"alert(1)\" alt=\"a\">");

    assertThat(html).doesNotContain("onerror").doesNotContain("alert").contains("/media/1/a.png");
  }

  @Test
  void removesJavascriptLinksButKeepsTheirText() {
    String html = RichText.sanitize("<p><a href=\"javascript:alert(1)\">clic</a></p>");

    assertThat(html).doesNotContain("javascript").doesNotContain("href").contains("clic");
  }

  @Test
  void removesStylesAndStyleAttributes() {
    String html =
        RichText.sanitize(
            "<style>p{color:red}</style><p style=\"position:fixed\" class=\"x\">Texte</p>");

    assertThat(html).isEqualTo("<p>Texte</p>");
  }

  @Test
  void removesFramesFormsAndObjects() {
    String html =
        RichText.sanitize(
            "<iframe src=\"https://evil.example\"></iframe><form><input></form>"
                + "<object data=\"x\"></object><p>Reste</p>");

    assertThat(html).isEqualTo("<p>Reste</p>");
  }

  @Test
  void keepsWebAndMailLinksWithoutTargetAndWithSafeRel() {
    String html =
        RichText.sanitize(
            "<a href=\"https://example.org/\" target=\"_blank\">site</a>"
                + " <a href=\"mailto:info@example.org\">mail</a>");

    assertThat(html)
        .contains("href=\"https://example.org/\"")
        .contains("href=\"mailto:info&#64;example.org\"")
        .contains("rel=\"noopener noreferrer\"")
        .doesNotContain("target");
  }

  @Test
  void keepsImagesFromTheMediaLibraryOrHttpsOnly() {
    assertThat(RichText.sanitize("<img src=\"https://cdn.example/a.png\" alt=\"A\">"))
        .contains("src=\"https://cdn.example/a.png\"");
    assertThat(RichText.sanitize("<img src=\"/media/12/photo.jpg\" alt=\"A\">"))
        .contains("src=\"/media/12/photo.jpg\"");
    assertThat(RichText.sanitize("<img src=\"http://cdn.example/a.png\" alt=\"A\">"))
        .doesNotContain("src=");
    assertThat(RichText.sanitize("<img src=\"//evil.example/a.png\" alt=\"A\">"))
        .doesNotContain("src=");
    assertThat(RichText.sanitize("<img src=\"data:image/png;base64,AAAA\" alt=\"A\">"))
        .doesNotContain("src=");
  }

  @Test
  void keepsTheEditorsStructureAndEmphasis() {
    String input =
        "<h2>Titre</h2><p><strong>gras</strong> <em>italique</em> <u>souligné</u> <s>barré</s>"
            + " H<sub>2</sub>O x<sup>2</sup> <abbr title=\"Organisation non gouvernementale\">ONG"
            + "</abbr> <q>cité</q> <cite>Source</cite> <code>x</code></p>"
            + "<blockquote><p>Citation</p></blockquote><ul><li>un</li></ul><ol><li>deux</li></ol>"
            + "<figure><img src=\"/media/1/a.png\" alt=\"Légende\" width=\"640\" height=\"480\">"
            + "<figcaption>Légende</figcaption></figure>"
            + "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
            + "<hr><pre>bloc</pre>";

    String html = RichText.sanitize(input);

    assertThat(html)
        .contains("<h2>Titre</h2>")
        .contains("<strong>gras</strong>")
        .contains("<em>italique</em>")
        .contains("<u>soulign")
        .contains("<s>barr")
        .contains("<sub>2</sub>")
        .contains("<sup>2</sup>")
        .contains("<abbr title=\"Organisation non gouvernementale\">ONG</abbr>")
        .contains("<q>cit")
        .contains("<cite>Source</cite>")
        .contains("<code>x</code>")
        .contains("<blockquote><p>Citation</p></blockquote>")
        .contains("<ul><li>un</li></ul>")
        .contains("<ol><li>deux</li></ol>")
        .contains("width=\"640\"")
        .contains("<figcaption>")
        .contains("<th>A</th>")
        .contains("<td>1</td>")
        .contains("<hr />")
        .contains("<pre>bloc</pre>");
  }

  @Test
  void dropsHeadingLevelsOutsideTheEditorsRange() {
    assertThat(RichText.sanitize("<h1>Grand</h1><h5>Petit</h5>")).isEqualTo("GrandPetit");
  }

  @Test
  void treatsMissingHtmlAsEmpty() {
    assertThat(RichText.sanitize(null)).isEmpty();
    assertThat(RichText.toPlainText(null)).isEmpty();
  }

  @Test
  void givesPlainTextWithEntitiesDecodedAndBlocksSeparated() {
    String text =
        RichText.toPlainText(
            "<p>Un <strong>bon</strong>jour</p><p>Deux &amp; trois&nbsp;!</p>"
                + "<ul><li>a</li><li>b</li></ul><script>alert(1)</script><style>p{}</style>");

    assertThat(text).isEqualTo("Un bonjour Deux & trois\u00a0! a b");
  }
}
