package app.tribune.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Évènements d'été à Liège | evenements-d-ete-a-liege",
        "L'œuvre « sociale » : 2024 ! | l-oeuvre-sociale-2024",
        "Cæsar et la Straße | caesar-et-la-strasse",
        "ŒUVRES COMPLÈTES | oeuvres-completes",
        "  --Déjà   vu--  | deja-vu",
        "Ça coûte 12,50 € | ca-coute-12-50",
        "naïve façade | naive-facade",
        "ﬁnance | finance"
      })
  void turnsFrenchTitlesIntoAsciiWords(String title, String slug) {
    assertThat(Slugs.slugify(title)).isEqualTo(slug);
  }

  @Test
  void givesAnEmptySlugForTextWithoutLettersOrDigits() {
    assertThat(Slugs.slugify("")).isEmpty();
    assertThat(Slugs.slugify(null)).isEmpty();
    assertThat(Slugs.slugify(" « ! ? » … ")).isEmpty();
    assertThat(Slugs.slugify("日本語")).isEmpty();
  }

  @Test
  void cutsALongTitleBetweenWords() {
    String title = "Une analyse approfondie ".repeat(10);

    String slug = Slugs.slugify(title);

    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).startsWith("une-analyse-approfondie-une-analyse").doesNotEndWith("-");
    assertThat(title.toLowerCase().replace(' ', '-')).startsWith(slug + "-");
  }

  @Test
  void cutsASingleEndlessWordAtTheMaximumLength() {
    assertThat(Slugs.slugify("a".repeat(500))).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
  }

  @Test
  void keepsAFreeSlugAsItIs() {
    assertThat(Slugs.unique("budget", slug -> false)).isEqualTo("budget");
  }

  @Test
  void numbersATakenSlugFromTwo() {
    Set<String> taken = Set.of("budget", "budget-2", "budget-3");

    assertThat(Slugs.unique("budget", taken::contains)).isEqualTo("budget-4");
    assertThat(Slugs.unique("budget-2", taken::contains)).isEqualTo("budget-2-2");
  }

  @Test
  void shortensTheBaseSoThatTheNumberedSlugStillFits() {
    String base = Slugs.slugify("mot-".repeat(40));

    String slug = Slugs.unique(base, base::equals);

    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("-mot-2");
  }

  @Test
  void refusesABlankBase() {
    assertThatIllegalArgumentException().isThrownBy(() -> Slugs.unique("", slug -> false));
  }
}
