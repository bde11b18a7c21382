package app.tribune.newsletter.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssueWindowTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void articlesCountFromTheLastIssueSentEvenMonthsBack() {
    Instant lastSent = Instant.parse("2026-09-08T07:12:00Z");

    IssueWindow window =
        IssueWindow.of(YearMonth.of(2026, 12), Optional.of(lastSent), NOW, BRUSSELS);

    assertThat(window.articlesSince())
        .as("October and November were never sent: they come with December's")
        .isEqualTo(lastSent);
    assertThat(window.now()).isEqualTo(NOW);
  }

  @Test
  void theFirstIssueCountsFromItsPeriodsFirstDay() {
    IssueWindow window = IssueWindow.of(YearMonth.of(2026, 12), Optional.empty(), NOW, BRUSSELS);

    assertThat(window.articlesSince()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
  }

  @Test
  void eventsRunToTheEndOfTheFollowingMonth() {
    IssueWindow window = IssueWindow.of(YearMonth.of(2026, 12), Optional.empty(), NOW, BRUSSELS);

    assertThat(window.eventsUntil()).isEqualTo(Instant.parse("2027-01-31T23:00:00Z"));
  }
}
