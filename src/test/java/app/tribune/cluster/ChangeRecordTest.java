package app.tribune.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.article.ArticleChanged;
import app.tribune.platform.cache.ContentChange;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeRecordTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void anArticleChangeReachesTheOtherNodesAsTheSameChange() {
    assertThat(ChangeRecord.of("a", ArticleChanged.saved(42), NOW).articleChange())
        .contains(ArticleChanged.saved(42));
    assertThat(ChangeRecord.of("a", ArticleChanged.deleted(7), NOW).articleChange())
        .contains(ArticleChanged.deleted(7));
  }

  @Test
  void anyOtherChangeReachesThemWithNoArticleToReadAgain() {
    ContentChange sectionRenamed = new ContentChange() {};

    ChangeRecord row = ChangeRecord.of("a", sectionRenamed, NOW);

    assertThat(row.articleChange()).isEmpty();
    assertThat(row.getNode()).isEqualTo("a");
    assertThat(row.getRecordedAt()).isEqualTo(NOW);
  }
}
