package app.tribune.article.archiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.article.ArticleType;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ArchiveRetentionTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Test
  void twoYearsUnlessATypeSaysOtherwise() {
    ArchiveRetention retention =
        ArchiveRetention.of(24, type -> type == ArticleType.PRESS_RELEASE ? 6 : null);

    assertThat(retention.of(ArticleType.ANALYSIS)).isEqualTo(Period.ofMonths(24));
    assertThat(retention.of(ArticleType.PRESS_RELEASE)).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void dueOnceTheRetentionHasPassedToTheSecond() {
    ArchiveRetention retention = ArchiveRetention.of(24, type -> null);
    Instant twoYearsBefore = Instant.parse("2024-11-29T10:00:00Z");

    assertThat(retention.isDue(ArticleType.NEWS, twoYearsBefore, NOW)).isTrue();
    assertThat(retention.isDue(ArticleType.NEWS, twoYearsBefore.plusSeconds(1), NOW)).isFalse();
  }

  @Test
  void eachTypeIsJudgedByItsOwnRetention() {
    ArchiveRetention retention =
        ArchiveRetention.of(24, type -> type == ArticleType.PRESS_RELEASE ? 6 : null);
    Instant tenMonthsAgo = Instant.parse("2026-01-29T10:00:00Z");

    assertThat(retention.isDue(ArticleType.PRESS_RELEASE, tenMonthsAgo, NOW)).isTrue();
    assertThat(retention.isDue(ArticleType.ANALYSIS, tenMonthsAgo, NOW)).isFalse();
    assertThat(retention.latestDuePublication(NOW))
        .as("the reader's bound lets the shortest retention through")
        .isEqualTo(Instant.parse("2026-05-29T10:00:00Z"));
  }

  @Test
  void lessThanAMonthIsRefused() {
    assertThatThrownBy(() -> ArchiveRetention.of(0, type -> null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArchiveRetention.of(24, type -> -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asOfADayMeansThatDaysMidnightInBrussels() {
    ZoneId brussels = ZoneId.of("Europe/Brussels");

    assertThat(ArchivableArticleReader.asOfMoment("2027-01-15", brussels, NOW))
        .isEqualTo(Instant.parse("2027-01-14T23:00:00Z"));
    assertThat(ArchivableArticleReader.asOfMoment(" ", brussels, NOW)).isEqualTo(NOW);
    assertThat(ArchivableArticleReader.asOfMoment(null, brussels, NOW)).isEqualTo(NOW);
  }
}
