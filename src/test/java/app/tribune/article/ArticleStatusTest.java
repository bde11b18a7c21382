package app.tribune.article;

import static app.tribune.article.ArticleStatus.ARCHIVED;
import static app.tribune.article.ArticleStatus.DRAFT;
import static app.tribune.article.ArticleStatus.IN_REVIEW;
import static app.tribune.article.ArticleStatus.PUBLISHED;
import static app.tribune.article.ArticleStatus.REJECTED;
import static app.tribune.article.ArticleStatus.SCHEDULED;
import static app.tribune.article.ArticleStatus.TRASHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleStatusTest {

  @Test
  void allowsExactlyTheWorkflowsMoves() {
    assertAllowed(DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, TRASHED);
    assertAllowed(IN_REVIEW, DRAFT, REJECTED, SCHEDULED, PUBLISHED, TRASHED);
    assertAllowed(REJECTED, DRAFT, IN_REVIEW, TRASHED);
    assertAllowed(SCHEDULED, SCHEDULED, DRAFT, PUBLISHED, TRASHED);
    assertAllowed(PUBLISHED, DRAFT, ARCHIVED, TRASHED);
    assertAllowed(ARCHIVED, PUBLISHED, DRAFT, TRASHED);
    assertAllowed(TRASHED);
  }

  @Test
  void showsPublishedAndArchivedArticlesOnly() {
    assertThat(EnumSet.allOf(ArticleStatus.class))
        .filteredOn(ArticleStatus::isPublic)
        .containsExactlyInAnyOrder(PUBLISHED, ARCHIVED);
  }

  private static void assertAllowed(ArticleStatus from, ArticleStatus... targets) {
    Set<ArticleStatus> allowed = Set.of(targets);
    for (ArticleStatus target : ArticleStatus.values()) {
      assertThat(from.canMoveTo(target))
          .as("%s -> %s", from, target)
          .isEqualTo(allowed.contains(target));
    }
  }
}
