package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NewsletterIssueTest {

  private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

  private static NewsletterIssue composed() {
    NewsletterIssue issue = new NewsletterIssue(12, YearMonth.of(2024, 3), NOW);
    issue.setSubject("L'infolettre de mars");
    issue.addItem(NewsletterItem.forArticle(null, "Analyses", "Premier", "…"));
    issue.addItem(NewsletterItem.forEvent(null, "Agenda", "Second", "…"));
    issue.addItem(NewsletterItem.forArticle(null, null, "Troisième", "…"));
    return issue;
  }

  private static void assertRefused(Runnable action, String messageKey) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo(messageKey);
  }

  @Test
  void writesThePeriodAsYearAndMonth() {
    assertThat(new NewsletterIssue(1, YearMonth.of(2025, 1), NOW).getPeriod()).isEqualTo("2025-01");
  }

  @Test
  void keepsItemsInTheOrderChosen() {
    NewsletterIssue issue = composed();
    NewsletterItem third = issue.getItems().get(2);

    issue.moveItem(third, 0);

    assertThat(issue.getItems())
        .extracting(NewsletterItem::getTitle)
        .containsExactly("Troisième", "Premier", "Second");
    assertThat(issue.getItems()).extracting(NewsletterItem::getPosition).containsExactly(0, 1, 2);

    issue.removeItem(issue.getItems().get(1));
    assertThat(issue.getItems()).extracting(NewsletterItem::getPosition).containsExactly(0, 1);
    assertThat(issue.getItems()).allSatisfy(item -> assertThat(item.getIssue()).isSameAs(issue));
  }

  @Test
  void goesFromDraftToSent() {
    NewsletterIssue issue = composed();

    issue.markReady(NOW.plusSeconds(60));
    issue.startSending(250, NOW.plusSeconds(120));
    issue.markSent(NOW.plusSeconds(900));

    assertThat(issue.getStatus()).isEqualTo(IssueStatus.SENT);
    assertThat(issue.getRecipientCount()).isEqualTo(250);
    assertThat(issue.getReadyAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(issue.getSendStartedAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(issue.getSentAt()).isEqualTo(NOW.plusSeconds(900));
  }

  @Test
  void refusesToGetReadyWithoutSubjectOrItems() {
    NewsletterIssue empty = new NewsletterIssue(2, YearMonth.of(2024, 4), NOW);
    assertRefused(() -> empty.markReady(NOW), "issue.subjectRequired");

    empty.setSubject("Avril");
    assertRefused(() -> empty.markReady(NOW), "issue.itemsRequired");
  }

  @Test
  void refusesToSendADraftOrToSendTwice() {
    NewsletterIssue issue = composed();
    assertRefused(() -> issue.startSending(10, NOW), "issue.transitionNotAllowed");

    issue.markReady(NOW);
    issue.startSending(10, NOW);
    issue.markSent(NOW);
    assertRefused(() -> issue.startSending(10, NOW), "issue.transitionNotAllowed");
    assertRefused(issue::cancel, "issue.transitionNotAllowed");
  }

  @Test
  void freezesItsContentOnceReady() {
    NewsletterIssue issue = composed();
    issue.markReady(NOW);

    assertRefused(() -> issue.setSubject("Autre"), "issue.notEditable");
    assertRefused(
        () -> issue.addItem(NewsletterItem.forArticle(null, null, "Tard", "…")),
        "issue.notEditable");

    issue.reopen();
    issue.setSubject("Autre");
    assertThat(issue.getSubject()).isEqualTo("Autre");
  }

  @Test
  void sanitisesTheIntroduction() {
    NewsletterIssue issue = composed();

    issue.setIntroduction("<p>Bonjour<script>x()</script></p>");

    assertThat(issue.getIntroduction()).isEqualTo("<p>Bonjour</p>");
  }

  @Test
  void aReadyIssueIsScheduledForLaterAndTheScheduleGoesWhenItIsReopenedOrStarted() {
    NewsletterIssue issue = composed();
    assertRefused(() -> issue.scheduleSend(NOW.plusSeconds(3600), NOW), "issue.scheduleNotReady");
    issue.markReady(NOW);

    issue.scheduleSend(NOW.plusSeconds(3600), NOW);
    assertThat(issue.getSendAt()).isEqualTo(NOW.plusSeconds(3600));
    issue.reopen();
    assertThat(issue.getSendAt()).isNull();

    issue.markReady(NOW);
    issue.scheduleSend(NOW.plusSeconds(3600), NOW);
    issue.startSending(10, NOW.plusSeconds(3600));
    assertThat(issue.getSendAt()).isNull();
  }

  @Test
  void aScheduleMustLieAhead() {
    NewsletterIssue issue = composed();
    issue.markReady(NOW);

    assertRefused(() -> issue.scheduleSend(NOW, NOW), "issue.scheduleInPast");
    assertRefused(() -> issue.scheduleSend(NOW.minusSeconds(60), NOW), "issue.scheduleInPast");
    assertRefused(() -> issue.scheduleSend(null, NOW), "issue.scheduleInPast");
    assertThat(issue.getSendAt()).isNull();

    issue.scheduleSend(NOW.plusSeconds(3600), NOW);
    issue.unscheduleSend();
    assertThat(issue.getSendAt()).isNull();
    assertThat(issue.getStatus()).isEqualTo(IssueStatus.READY);
  }
}
