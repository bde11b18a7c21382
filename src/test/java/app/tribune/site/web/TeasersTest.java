package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.article.Article;
import org.junit.jupiter.api.Test;

class TeasersTest {

  private final Teasers teasers = new Teasers();

  @Test
  void leavesAShortTextAsItIs() {
    assertThat(Teasers.cut("  Des terres pour vivre. ", 40)).isEqualTo("Des terres pour vivre.");
    assertThat(Teasers.cut("exactement", 10)).isEqualTo("exactement");
    assertThat(Teasers.cut(null, 10)).isEmpty();
  }

  @Test
  void cutsALongTextAtTheLastWholeWord() {
    String text = "Les paysannes du Sahel cultivent des semences adaptées au climat";

    assertThat(Teasers.cut(text, 30)).isEqualTo("Les paysannes du Sahel (...)");
    // The cut falls exactly on a space: the word before it is whole and kept.
    assertThat(Teasers.cut(text, 22)).isEqualTo("Les paysannes du Sahel (...)");
    assertThat(Teasers.cut(text, 21)).isEqualTo("Les paysannes du (...)");
  }

  @Test
  void dropsPunctuationLeftDanglingBeforeTheEllipsis() {
    assertThat(Teasers.cut("D’abord, ensuite et enfin", 9)).isEqualTo("D’abord (...)");
    assertThat(Teasers.cut("Trois mots – puis la suite", 12)).isEqualTo("Trois mots (...)");
  }

  @Test
  void neverSeparatesWordsJoinedByANonBreakingSpace() {
    String text = "Il l’a dit\u00a0: «\u00a0non\u00a0» à la réforme";

    // The colon and its non-breaking space go, rather than end the teaser on a pause.
    assertThat(Teasers.cut(text, 14)).isEqualTo("Il l’a dit (...)");
    assertThat(Teasers.cut(text, 21)).isEqualTo("Il l’a dit\u00a0: «\u00a0non\u00a0» (...)");
  }

  @Test
  void cutsAWordLongerThanTheTeaserWithoutSplittingACharacter() {
    assertThat(Teasers.cut("anticonstitutionnellement", 6)).isEqualTo("antico (...)");
    // 🌱 takes two Java chars; cutting between them would write half a character.
    assertThat(Teasers.cut("ab🌱cd", 3)).isEqualTo("ab (...)");
  }

  @Test
  void summarisesWithTheLeadOrElseTheBodyText() {
    Article withLead = new Article("Titre", "titre", null);
    withLead.setLead(" Le chapô. ");
    withLead.setBody("<p>Le corps.</p>");
    Article withoutLead = new Article("Titre", "titre", null);
    withoutLead.setBody("<p>Premier paragraphe.</p><p>" + "mot ".repeat(100) + "</p>");

    assertThat(teasers.summary(withLead)).isEqualTo("Le chapô.");
    assertThat(teasers.summary(withoutLead))
        .startsWith("Premier paragraphe. mot mot")
        .endsWith("mot (...)")
        .hasSizeLessThanOrEqualTo(Teasers.SUMMARY_LENGTH + Teasers.ELLIPSIS.length());
  }
}
