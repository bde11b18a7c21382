package app.tribune.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TypographyTest {

  private static final String NNBSP = "\u202F";
  private static final String NBSP = "\u00A0";

  @Test
  void deElidesBeforeANameThatStartsWithAVowel() {
    assertThat(Typography.before("Une analyse de", "Inès Verhaegen")).isEqualTo("Une analyse d’");
    assertThat(Typography.before("Un article de", "Amina Benali")).isEqualTo("Un article d’");
    assertThat(Typography.before("Un article de", "Émile Dubois")).isEqualTo("Un article d’");
    assertThat(Typography.before("Un rapport de", "Yves Leroy")).isEqualTo("Un rapport d’");
  }

  @Test
  void deStaysWholeBeforeAConsonantOrAnH() {
    assertThat(Typography.before("Une analyse de", "Bruno Martin")).isEqualTo("Une analyse de ");
    assertThat(Typography.before("Une analyse de", "Hugues Petit")).isEqualTo("Une analyse de ");
    assertThat(Typography.before("Un rapport de", "Yasmine Alaoui")).isEqualTo("Un rapport de ");
    assertThat(Typography.before("Un projet présenté par", "Inès Verhaegen"))
        .isEqualTo("Un projet présenté par ");
    assertThat(Typography.before("Une prise de position de", "Oxfam"))
        .isEqualTo("Une prise de position d’");
  }

  @Test
  void aNarrowNoBreakSpaceComesBeforeSemicolonsExclamationAndQuestionMarks() {
    assertThat(Typography.french("Vraiment ? Oui ; enfin !"))
        .isEqualTo("Vraiment" + NNBSP + "? Oui" + NNBSP + "; enfin" + NNBSP + "!");
    assertThat(Typography.french("Bonjour!")).isEqualTo("Bonjour" + NNBSP + "!");
    assertThat(Typography.french("Quoi ?!")).isEqualTo("Quoi" + NNBSP + "?!");
    assertThat(Typography.french("Quoi?!")).isEqualTo("Quoi" + NNBSP + "?!");
  }

  @Test
  void aNoBreakSpaceComesBeforeAColonThatIntroducesSomething() {
    assertThat(Typography.french("Note : ceci")).isEqualTo("Note" + NBSP + ": ceci");
    assertThat(Typography.french("Note: ceci")).isEqualTo("Note" + NBSP + ": ceci");
    assertThat(Typography.french("Trois piliers :")).isEqualTo("Trois piliers" + NBSP + ":");
  }

  @Test
  void guillemetsHoldTheirWordsWithNoBreakSpaces() {
    assertThat(Typography.french("Il a dit « non » hier"))
        .isEqualTo("Il a dit «" + NBSP + "non" + NBSP + "» hier");
    assertThat(Typography.french("«non»")).isEqualTo("«" + NBSP + "non" + NBSP + "»");
    assertThat(Typography.french("C'est « génial » !"))
        .isEqualTo("C’est «" + NBSP + "génial" + NBSP + "»" + NNBSP + "!");
  }

  @Test
  void straightApostrophesAfterALetterBecomeCurly() {
    assertThat(Typography.french("L'eau, aujourd'hui")).isEqualTo("L’eau, aujourd’hui");
    assertThat(Typography.french("'citation'")).isEqualTo("'citation’");
  }

  @Test
  void aHyphenBetweenSpacesBecomesAnEnDash() {
    assertThat(Typography.french("Bruxelles - Namur")).isEqualTo("Bruxelles – Namur");
    assertThat(Typography.french("porte-parole")).isEqualTo("porte-parole");
    assertThat(Typography.french("- liste")).isEqualTo("- liste");
  }

  @Test
  void addressesTimesAndWordsWithPunctuationInsideAreLeftAlone() {
    for (String untouched :
        List.of(
            "http://x",
            "Voir https://exemple.org/a?b=1;c=2!d et www.exemple.org/?q=1",
            "Écrire à info@exemple.org",
            "mailto:info@exemple.org?subject=Salut",
            "Rendez-vous à 10:30",
            "Le ratio 3:2",
            "index.php?id=3",
            "C# et F#")) {
      assertThat(Typography.french(untouched)).as(untouched).isEqualTo(untouched);
    }
    assertThat(Typography.french("Voir http://x.org/l'image : là"))
        .isEqualTo("Voir http://x.org/l'image" + NBSP + ": là");
  }

  @Test
  void textAlreadySetTheFrenchWayIsUnchanged() {
    String correct =
        "L’été, «"
            + NBSP
            + "enfin"
            + NBSP
            + "»"
            + NNBSP
            + "! Pourquoi"
            + NNBSP
            + "? Ainsi"
            + NBSP
            + ": fin.";

    assertThat(Typography.french(correct)).isEqualTo(correct);
  }

  @Test
  void applyingTwiceChangesNothing() {
    for (String text :
        List.of(
            "C'est « génial » ! Non ? Si : vraiment ; http://x.org?a=1 - fin",
            "«  double  »",
            " ? début",
            "Fin !!!",
            "A - B - C")) {
      String once = Typography.french(text);
      assertThat(Typography.french(once)).as(text).isEqualTo(once);
    }
  }

  @Test
  void otherSpacesBeforePunctuationBecomeTheRightOne() {
    assertThat(Typography.french("Oui" + NBSP + "!")).isEqualTo("Oui" + NNBSP + "!");
    assertThat(Typography.french("Oui  ?")).isEqualTo("Oui" + NNBSP + "?");
    assertThat(Typography.french("Ainsi" + NNBSP + ":")).isEqualTo("Ainsi" + NBSP + ":");
  }

  @Test
  void punctuationAtTheStartIsLeftAsItIs() {
    assertThat(Typography.french("? est un point d'interrogation"))
        .isEqualTo("? est un point d’interrogation");
    assertThat(Typography.french(null)).isNull();
    assertThat(Typography.french("")).isEmpty();
  }

  @Test
  void htmlTextIsSetButTagsAttributesAndCodeAreNot() {
    String html =
        "<p>Il l'a dit : <a href=\"https://x.org/?a=1;b=2\" title=\"Quoi ? l'eau\">« oui »</a>"
            + " !</p><pre>x = a ? b : c;</pre><p>Tapez <code>l'option ?</code> ici.</p>";

    String set = Typography.frenchHtml(html);

    var body = Jsoup.parseBodyFragment(set).body();
    assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://x.org/?a=1;b=2");
    assertThat(body.selectFirst("a").attr("title")).isEqualTo("Quoi ? l'eau");
    assertThat(body.selectFirst("p").wholeText())
        .isEqualTo("Il l’a dit" + NBSP + ": «" + NBSP + "oui" + NBSP + "»" + NNBSP + "!");
    assertThat(body.selectFirst("pre").wholeText()).isEqualTo("x = a ? b : c;");
    assertThat(body.selectFirst("code").wholeText()).isEqualTo("l'option ?");
  }

  @Test
  void punctuationRightAfterAnInlineElementIsSetButABlockStartsAfresh() {
    String set = Typography.frenchHtml("<p>Il a dit <em>non</em>!</p><p>! seul</p>");

    var paragraphs = Jsoup.parseBodyFragment(set).select("p");
    assertThat(paragraphs.get(0).wholeText()).isEqualTo("Il a dit non" + NNBSP + "!");
    assertThat(paragraphs.get(1).wholeText()).isEqualTo("! seul");
  }

  @Test
  void htmlIsIdempotentAndKeepsItsMarkup() {
    String html =
        "<h2>Sécurité ou souveraineté ?</h2><ul><li><strong>Un accès</strong> : la terre ;</li>"
            + "</ul><blockquote>« Nourrir le monde »</blockquote><p>a &lt; b &amp; c</p>";

    String once = Typography.frenchHtml(html);

    assertThat(Typography.frenchHtml(once)).isEqualTo(once);
    assertThat(once)
        .contains("<h2>", "<ul><li><strong>Un accès</strong>", "</blockquote>", "a &lt; b &amp; c");
    assertThat(Typography.frenchHtml(null)).isNull();
  }
}
