package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import app.tribune.section.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2024-05-02T09:00:00Z");

  private static Article draft() {
    return new Article(
        "Budget 2025 : nos propositions", "budget-2025", new Section("Analyses", "analyses"));
  }

  private static Article published(Instant at) {
    Article article = draft();
    article.publish(at);
    return article;
  }

  private static void assertRefused(Runnable action, String messageKey) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolationException.class)
        .isInstanceOf(IllegalStateException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo(messageKey);
  }

  @Test
  void startsAsAFrenchDraftInItsOwnTranslationGroup() {
    Article first = draft();
    Article second = draft();

    assertThat(first.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(first.isPubliclyVisible()).isFalse();
    assertThat(first.getTranslationGroup()).isNotEqualTo(second.getTranslationGroup());
  }

  @Test
  void goesToReviewAndBackToItsAuthorWithAComment() {
    Article article = draft();

    article.submitForReview();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);

    article.reject("  Sources manquantes  ");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.REJECTED);
    assertThat(article.getReviewComment()).isEqualTo("Sources manquantes");

    article.submitForReview();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
  }

  @Test
  void refusesARejectionWithoutComment() {
    Article article = draft();
    article.submitForReview();

    assertRefused(() -> article.reject(" "), "article.rejectionNeedsComment");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
  }

  @Test
  void refusesToRejectAnArticleNotUnderReview() {
    assertRefused(() -> draft().reject("Non"), "article.transitionNotAllowed");
  }

  @Test
  void refusesToSubmitAPublishedArticleForReview() {
    assertRefused(() -> published(NOW).submitForReview(), "article.transitionNotAllowed");
  }

  @Test
  void publishingSetsThePublicationTimeTheFirstTimeOnly() {
    Article article = published(NOW);
    assertThat(article.getPublishedAt()).isEqualTo(NOW);
    assertThat(article.isPubliclyVisible()).isTrue();

    article.unpublish();
    article.publish(NOW.plus(Duration.ofDays(3)));

    assertThat(article.getPublishedAt()).isEqualTo(NOW);
  }

  @Test
  void refusesToPublishARejectedOrAlreadyPublishedArticle() {
    Article rejected = draft();
    rejected.submitForReview();
    rejected.reject("Non");

    assertRefused(() -> rejected.publish(NOW), "article.transitionNotAllowed");
    assertRefused(() -> published(NOW).publish(NOW), "article.transitionNotAllowed");
  }

  @Test
  void schedulesPublicationInTheFuture() {
    Article article = draft();
    Instant tomorrow = NOW.plus(Duration.ofDays(1));

    article.schedule(tomorrow, NOW);

    assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(article.getPublishAt()).isEqualTo(tomorrow);
    assertThat(article.isPubliclyVisible()).isFalse();
  }

  @Test
  void refusesToScheduleInThePastOrNow() {
    Article article = draft();

    assertRefused(() -> article.schedule(NOW.minusSeconds(60), NOW), "article.scheduleNotInFuture");
    assertRefused(() -> article.schedule(NOW, NOW), "article.scheduleNotInFuture");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.getPublishAt()).isNull();
  }

  @Test
  void canBeRescheduled() {
    Article article = draft();
    article.schedule(NOW.plusSeconds(3600), NOW);

    article.schedule(NOW.plusSeconds(7200), NOW);

    assertThat(article.getPublishAt()).isEqualTo(NOW.plusSeconds(7200));
  }

  @Test
  void publishesAScheduledArticleOnlyOnceItsTimeHasCome() {
    Article article = draft();
    Instant at = NOW.plusSeconds(3600);
    article.schedule(at, NOW);

    assertThat(article.publishIfDue(at.minusSeconds(1))).isFalse();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);

    assertThat(article.publishIfDue(at.plusSeconds(30))).isTrue();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.getPublishedAt()).isEqualTo(at.plusSeconds(30));
  }

  @Test
  void publishIfDueLeavesUnscheduledArticlesAlone() {
    Article article = draft();

    assertThat(article.publishIfDue(NOW)).isFalse();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void unpublishingAScheduledArticleCancelsTheSchedule() {
    Article article = draft();
    article.schedule(NOW.plusSeconds(3600), NOW);

    article.unpublish();

    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.getPublishAt()).isNull();
    assertThat(article.publishIfDue(NOW.plusSeconds(7200))).isFalse();
  }

  @Test
  void refusesToUnpublishADraftOrATrashedArticle() {
    assertRefused(() -> draft().unpublish(), "article.transitionNotAllowed");
    Article trashed = draft();
    trashed.trash(NOW);
    assertRefused(trashed::unpublish, "article.transitionNotAllowed");
  }

  @Test
  void unpublishesAtTheChosenTimeAndForgetsIt() {
    Article article = published(NOW);
    article.setUnpublishAt(NOW.plusSeconds(60));

    assertThat(article.unpublishIfDue(NOW)).isFalse();
    assertThat(article.unpublishIfDue(NOW.plusSeconds(60))).isTrue();

    assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article.getUnpublishAt()).isNull();
  }

  @Test
  void archivesAndRestoresKeepingItReadable() {
    Article article = published(NOW);

    article.archive(NOW.plusSeconds(10));
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.ARCHIVED);
    assertThat(article.getArchivedAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(article.isPubliclyVisible()).isTrue();

    article.restore();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.getArchivedAt()).isNull();
  }

  @Test
  void refusesToArchiveAPinnedArticle() {
    Article article = published(NOW);
    article.setPinned(true);

    assertRefused(() -> article.archive(NOW), "article.pinnedNotArchivable");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void refusesToArchiveADraftOrRestoreAnArticleThatIsNotArchived() {
    assertRefused(() -> draft().archive(NOW), "article.transitionNotAllowed");
    assertRefused(() -> draft().restore(), "article.transitionNotAllowed");
    assertRefused(() -> published(NOW).restore(), "article.transitionNotAllowed");
  }

  @Test
  void isArchivableOnceTheRetentionPeriodHasPassed() {
    Instant publishedAt = Instant.parse("2022-01-15T10:00:00Z");
    Article article = published(publishedAt);
    Period twoYears = Period.ofYears(2);

    assertThat(article.isArchivable(Instant.parse("2024-01-15T09:59:59Z"), twoYears)).isFalse();
    assertThat(article.isArchivable(Instant.parse("2024-01-15T10:00:00Z"), twoYears)).isTrue();
    assertThat(article.isArchivable(Instant.parse("2022-07-16T00:00:00Z"), Period.ofMonths(6)))
        .isTrue();
  }

  @Test
  void aPinnedArticleIsNeverArchivable() {
    Article article = published(Instant.parse("2010-01-01T00:00:00Z"));
    article.setPinned(true);

    assertThat(article.isArchivable(NOW, Period.ofYears(1))).isFalse();
  }

  @Test
  void onlyPublishedArticlesAreArchivable() {
    Article article = published(Instant.parse("2010-01-01T00:00:00Z"));
    article.archive(Instant.parse("2012-01-01T00:00:00Z"));

    assertThat(draft().isArchivable(NOW, Period.ofDays(1))).isFalse();
    assertThat(article.isArchivable(NOW, Period.ofDays(1))).isFalse();
  }

  @Test
  void trashRemembersWhereTheArticleWasAndRestoresIt() {
    Article article = published(NOW);
    article.archive(NOW);

    article.trash(NOW.plusSeconds(5));
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.TRASHED);
    assertThat(article.getStatusBeforeTrash()).isEqualTo(ArticleStatus.ARCHIVED);
    assertThat(article.getTrashedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(article.isPubliclyVisible()).isFalse();

    article.restoreFromTrash();
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.ARCHIVED);
    assertThat(article.getStatusBeforeTrash()).isNull();
    assertThat(article.getTrashedAt()).isNull();
  }

  @Test
  void aTrashedArticleLeavesTheTrashOnlyByBeingRestored() {
    Article article = published(NOW);
    article.trash(NOW);

    assertRefused(() -> article.publish(NOW), "article.transitionNotAllowed");
    assertRefused(() -> article.schedule(NOW.plusSeconds(60), NOW), "article.transitionNotAllowed");
    assertRefused(article::submitForReview, "article.transitionNotAllowed");
    assertRefused(() -> article.archive(NOW), "article.transitionNotAllowed");
    assertThat(article.getStatus()).isEqualTo(ArticleStatus.TRASHED);
  }

  @Test
  void republishingAnArchivedArticleTakesItOutOfTheArchive() {
    Article article = published(NOW);
    article.archive(NOW);

    article.publish(NOW.plusSeconds(60));

    assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article.getArchivedAt()).isNull();
    assertThat(article.getPublishedAt()).isEqualTo(NOW);
  }

  @Test
  void refusesToTrashTwiceOrRestoreWhatIsNotInTheTrash() {
    Article article = draft();
    article.trash(NOW);

    assertRefused(() -> article.trash(NOW), "article.transitionNotAllowed");
    assertRefused(() -> draft().restoreFromTrash(), "article.transitionNotAllowed");
  }

  @Test
  void sanitisesTheBodyAndPostScriptum() {
    Article article = draft();

    article.setBody("<p onclick=\"steal()\">Texte</p><script>steal()</script>");
    article.setPs("<p><a href=\"javascript:steal()\">PS</a></p>");

    assertThat(article.getBody()).isEqualTo("<p>Texte</p>");
    assertThat(article.getPs()).doesNotContain("javascript");
  }

  @Test
  void refusesToBeRelatedToItself() {
    Article article = draft();

    assertRefused(() -> article.setRelated(List.of(draft(), article)), "article.relatedToItself");
    assertThat(article.getRelated()).isEmpty();
  }

  @Test
  void joinsTheTranslationGroupOfItsOriginal() {
    Article original = draft();
    Article translation = draft();

    translation.makeTranslationOf(original);
    assertThat(translation.getTranslationGroup()).isEqualTo(original.getTranslationGroup());

    translation.detachFromTranslations();
    assertThat(translation.getTranslationGroup()).isNotEqualTo(original.getTranslationGroup());
  }

  @Test
  void lastChangedAtItsLatestEditPublicationOrArchiving() {
    Article article = draft();
    article.markCreated("author", NOW);
    article.publish(NOW.plus(Duration.ofDays(1)));
    assertThat(article.getLastModified()).isEqualTo(NOW.plus(Duration.ofDays(1)));

    article.markUpdated("editor", NOW.plus(Duration.ofDays(2)));
    assertThat(article.getLastModified()).isEqualTo(NOW.plus(Duration.ofDays(2)));

    article.archive(NOW.plus(Duration.ofDays(3)));
    assertThat(article.getLastModified()).isEqualTo(NOW.plus(Duration.ofDays(3)));
  }
}
