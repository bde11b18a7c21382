package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveCalendarTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void countsArticlesPerMonthAndYearNewestFirst() {
    List<ArchiveCalendar.Year> years =
        ArchiveCalendar.of(
            List.of(
                Instant.parse("2024-11-05T10:00:00Z"),
                Instant.parse("2025-03-10T10:00:00Z"),
                Instant.parse("2025-01-20T10:00:00Z"),
                Instant.parse("2025-03-02T10:00:00Z"),
                Instant.parse("2024-02-14T10:00:00Z")),
            BRUSSELS);

    assertThat(years).extracting(ArchiveCalendar.Year::getYear).containsExactly(2025, 2024);
    assertThat(years).extracting(ArchiveCalendar.Year::getCount).containsExactly(3L, 2L);
    assertThat(years.get(0).getMonths())
        .extracting(ArchiveCalendar.Month::getMonth, ArchiveCalendar.Month::getCount)
        .containsExactly(tuple(YearMonth.of(2025, 3), 2L), tuple(YearMonth.of(2025, 1), 1L));
    assertThat(years.get(1).getMonths())
        .extracting(ArchiveCalendar.Month::getMonth)
        .containsExactly(YearMonth.of(2024, 11), YearMonth.of(2024, 2));
  }

  @Test
  void aMonthIsTheOrganisationsMonthNotUtcs() {
    // 23:30 UTC on 31 December is already New Year's Day in Brussels.
    List<ArchiveCalendar.Year> years =
        ArchiveCalendar.of(List.of(Instant.parse("2024-12-31T23:30:00Z")), BRUSSELS);

    assertThat(years).extracting(ArchiveCalendar.Year::getYear).containsExactly(2025);
    assertThat(years.get(0).getMonths().get(0).getMonth()).isEqualTo(YearMonth.of(2025, 1));
  }

  @Test
  void noArticlesNoYears() {
    assertThat(ArchiveCalendar.of(List.of(), BRUSSELS)).isEmpty();
  }
}
