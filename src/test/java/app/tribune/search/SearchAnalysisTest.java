package app.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class SearchAnalysisTest {

  private static List<String> french(String text) {
    return SearchAnalysis.terms(SearchAnalysis.analyzer(Language.FR), "", text);
  }

  private static List<String> dutch(String text) {
    return SearchAnalysis.terms(SearchAnalysis.analyzer(Language.NL), "", text);
  }

  private static List<String> english(String text) {
    return SearchAnalysis.terms(SearchAnalysis.analyzer(Language.EN), "", text);
  }

  @Test
  void lightStemmingAloneKeepsAgricoleAndAgricultureApart() {
    // Why the word families exist: Lucene's French light stemmer leaves derived words apart.
    Analyzer lightOnly =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stems = new FrenchLightStemFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stems);
          }
        };

    assertThat(SearchAnalysis.terms(lightOnly, "", "agricole agriculture")).doesNotHaveDuplicates();
  }

  @Test
  void agricoleFindsAgricultureItsPeopleAndItsInflections() {
    List<String> agricole = french("agricole");

    assertThat(agricole).hasSize(1);
    for (String word :
        List.of(
            "agricoles",
            "Agriculture",
            "agricultures",
            "agriculteur",
            "agricultrices",
            "l’agriculture",
            "d'agriculture")) {
      assertThat(french(word)).as(word).isEqualTo(agricole);
    }
  }

  @Test
  void otherFamiliesMeetToo() {
    assertThat(french("alimentaire")).isEqualTo(french("alimentation"));
    assertThat(french("écologiste")).isEqualTo(french("écologie"));
    assertThat(french("africaines")).isEqualTo(french("Afrique"));
    assertThat(french("jeunesse")).isEqualTo(french("jeunes"));
  }

  @Test
  void wordsOfDifferentSubjectsStayApart() {
    assertThat(french("terre")).isNotEqualTo(french("territoire"));
    assertThat(french("agricole")).isNotEqualTo(french("alimentaire"));
    assertThat(french("climat")).isNotEqualTo(french("commerce"));
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(french("ecologie")).isEqualTo(french("écologie"));
    assertThat(french("SOUVERAINETE")).isEqualTo(french("souveraineté"));
    assertThat(french("oeuvre")).isEqualTo(french("œuvre"));
    assertThat(dutch("ideeen")).isEqualTo(dutch("ideeën"));
  }

  @Test
  void commonWordsAndElidedArticlesAreDropped() {
    assertThat(french("le la les de des et")).isEmpty();
    assertThat(french("l’eau d’abord")).isEqualTo(french("eau abord"));
    assertThat(english("the land of the farmers")).isEqualTo(english("land farmers"));
  }

  @Test
  void aOneLetterStemFindsNothingSoRepeatedLettersDoNotMatchEveryText() {
    assertThat(french("aaaaa")).isEmpty();
    assertThat(french("Elle a écrit à Namur")).isEqualTo(french("Elle écrit Namur")).isNotEmpty();
  }

  @Test
  void dutchAndEnglishAreStemmedByTheirOwnRules() {
    assertThat(dutch("boeren")).isEqualTo(dutch("boer"));
    assertThat(english("farmers")).isEqualTo(english("farmer"));
    assertThat(english("agricultural")).isEqualTo(english("agriculture"));
  }

  @Test
  void namesAreFoldedButNeitherStemmedNorStripped() {
    assertThat(SearchAnalysis.terms(SearchAnalysis.names(), "", "Hélène Le Roy"))
        .containsExactly("helene", "le", "roy");
  }
}
