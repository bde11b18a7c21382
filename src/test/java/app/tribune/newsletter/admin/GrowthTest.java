package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void countsEachSubscriberFromTheMonthTheyConfirmedUntilTheMonthTheyLeft() {
    List<Instant[]> rows =
        List.of(
            row("2026-01-15T10:00:00Z", null),
            row("2026-02-03T10:00:00Z", "2026-03-20T10:00:00Z"),
            row("2025-12-31T23:30:00Z", null));

    List<Growth.Month> months = Growth.of(rows, YearMonth.of(2026, 3), 4, BRUSSELS);

    assertThat(months)
        .containsExactly(
            new Growth.Month(YearMonth.of(2025, 12), 0, 0, 0),
            new Growth.Month(YearMonth.of(2026, 1), 2, 2, 0),
            new Growth.Month(YearMonth.of(2026, 2), 3, 1, 0),
            new Growth.Month(YearMonth.of(2026, 3), 2, 0, 1));
  }

  @Test
  void noSubscribersGiveTwelveEmptyMonths() {
    assertThat(Growth.of(List.of(), YearMonth.of(2026, 11), 12, BRUSSELS))
        .hasSize(12)
        .allMatch(m -> m.subscribers() == 0)
        .last()
        .extracting(Growth.Month::month)
        .isEqualTo(YearMonth.of(2026, 11));
  }

  private static Instant[] row(String confirmed, String unsubscribed) {
    return new Instant[] {
      Instant.parse(confirmed), unsubscribed == null ? null : Instant.parse(unsubscribed)
    };
  }
}
