package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.text.Typography;
import app.tribune.section.Section;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every hostile vector saved into an article's body and post-scriptum comes out harmless. */
class ArticleXssTest {

  @Test
  void theCorpusHoldsAtLeastAHundredVectors() {
    assertThat(XssVectors.all()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
  }

  @TestFactory
  List<DynamicTest> noVectorSurvivesSavingAndRendering() {
    return XssVectors.all().stream()
        .map(
            vector ->
                DynamicTest.dynamicTest(
                    vector,
                    () -> {
                      Article article = new Article("x", "x", new Section("S", "s"));
                      article.setBody(vector);
                      article.setPs(vector);
                      for (String saved : new String[] {article.getBody(), article.getPs()}) {
                        Element rendered =
                            Jsoup.parseBodyFragment(Typography.frenchHtml(saved)).body();
                        assertThat(XssVectors.dangers(rendered)).as(saved).isEmpty();
                      }
                    }))
        .toList();
  }

  @Test
  void theCheckerItselfSpotsEachKindOfDanger() {
    for (String hostile :
        List.of(
            "<script>x</script>",
            "<p onclick=x>a</p>",
            "<a href=' jav&#9;ascript:x'>a</a>",
            "<img src='data:image/png;base64,AA'>",
            "<p style='color:red'>a</p>",
            "<iframe src='https://example.org'></iframe>")) {
      assertThat(XssVectors.dangers(Jsoup.parseBodyFragment(hostile).body()))
          .as(hostile)
          .isNotEmpty();
    }
    assertThat(
            XssVectors.dangers(
                Jsoup.parseBodyFragment("<p><a href='https://example.org'>ok</a></p>").body()))
        .isEmpty();
  }
}
