package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.article.ReadAlso.Candidate;
import app.tribune.platform.i18n.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAlsoTest {

  private static final String READING = "group-reading";
  private static final Instant DAY = Instant.parse("2024-03-01T10:00:00Z");

  private static Candidate candidate(long id, long sharedTags, boolean sameSection, int daysAgo) {
    return new Candidate(
        id,
        "group-" + id,
        Language.FR,
        sameSection,
        sharedTags,
        DAY.minusSeconds(86_400L * daysAgo));
  }

  private static Candidate pick(long id) {
    return candidate(id, 0, false, 500);
  }

  @Test
  void theEditorsPicksComeFirstInTheirOrderThenTheClosestArticles() {
    List<Long> chosen =
        ReadAlso.choose(
            READING,
            Language.FR,
            List.of(pick(9), pick(3)),
            List.of(
                candidate(1, 1, false, 1),
                candidate(2, 3, false, 90),
                candidate(4, 1, true, 30),
                candidate(5, 2, false, 10),
                candidate(6, 0, true, 2)));

    assertThat(chosen).containsExactly(9L, 3L, 2L, 5L, 4L);
  }

  @Test
  void withoutPicksTheBlockFillsFromArticlesSharingTagsThenTheSection() {
    List<Long> chosen =
        ReadAlso.choose(
            READING,
            Language.FR,
            List.of(),
            List.of(
                candidate(6, 0, true, 2),
                candidate(7, 0, true, 1),
                candidate(1, 1, false, 1),
                candidate(8, 0, true, 400)));

    assertThat(chosen).containsExactly(1L, 7L, 6L, 8L);
  }

  @Test
  void neverTheArticleItselfNorATextTwiceWhateverItsTranslations() {
    Candidate itsOwnTranslation = new Candidate(20, READING, Language.NL, true, 3, DAY);
    Candidate dutch = new Candidate(21, "group-x", Language.NL, true, 3, DAY);
    Candidate french = new Candidate(22, "group-x", Language.FR, false, 1, DAY);

    List<Long> chosen =
        ReadAlso.choose(
            READING,
            Language.FR,
            List.of(pick(3), pick(3)),
            List.of(itsOwnTranslation, dutch, french, candidate(3, 2, true, 1)));

    assertThat(chosen).containsExactly(3L, 22L);
  }

  @Test
  void articlesInTheReadersLanguageComeBeforeOthersHoweverClose() {
    Candidate english = new Candidate(30, "group-30", Language.EN, true, 3, DAY);

    List<Long> chosen =
        ReadAlso.choose(
            READING, Language.FR, List.of(), List.of(english, candidate(31, 1, false, 9)));

    assertThat(chosen).containsExactly(31L, 30L);
  }

  @Test
  void atMostFiveEvenWithMorePicks() {
    List<Long> chosen =
        ReadAlso.choose(
            READING,
            Language.FR,
            List.of(pick(1), pick(2), pick(3), pick(4), pick(5), pick(6)),
            List.of(candidate(7, 5, true, 1)));

    assertThat(chosen).containsExactly(1L, 2L, 3L, 4L, 5L);
  }
}
