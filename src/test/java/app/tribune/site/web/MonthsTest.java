package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthsTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void readsTheMonthsOfTheAgendaAndArchiveAddresses() {
    assertThat(Months.parse("2026-12")).hasValue(YearMonth.of(2026, 12));
    assertThat(Months.of("2025", "03")).hasValue(YearMonth.of(2025, 3));
  }

  @Test
  void refusesImpossibleOrMalformedMonths() {
    for (String hostile :
        new String[] {
          null,
          "",
          "2026-13",
          "2026-00",
          "0000-01",
          "1899-12",
          "3000-01",
          "2026-1",
          "26-12",
          "2026/12",
          "2026-12-01",
          "abc",
          "２０２６-12",
          "<script>-12"
        }) {
      assertThat(Months.parse(hostile)).as(hostile).isEmpty();
    }
    assertThat(Months.of("2026", "13")).isEmpty();
    assertThat(Months.of("0000", "01")).isEmpty();
    assertThat(Months.of("2026", "1")).isEmpty();
    assertThat(Months.of(null, "01")).isEmpty();
  }

  @Test
  void stepsAcrossYearsAndStopsAtTheEdgesOfTheCalendar() {
    assertThat(Months.previous(YearMonth.of(2026, 1))).hasValue(YearMonth.of(2025, 12));
    assertThat(Months.next(YearMonth.of(2026, 12))).hasValue(YearMonth.of(2027, 1));
    assertThat(Months.previous(Months.FIRST)).isEmpty();
    assertThat(Months.next(Months.LAST)).isEmpty();
    assertThat(Months.parse("1900-01")).hasValue(Months.FIRST);
    assertThat(Months.parse("2999-12")).hasValue(Months.LAST);
  }

  @Test
  void aMonthRunsFromMidnightToMidnightInBrusselsAcrossClockChanges() {
    YearMonth march = YearMonth.of(2026, 3);

    // Winter time (UTC+1) when March starts, summer time (UTC+2) when April starts.
    assertThat(Months.start(march, BRUSSELS)).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(Months.end(march, BRUSSELS)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(Months.end(YearMonth.of(2026, 12), BRUSSELS))
        .isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
  }

  @Test
  void namesMonthsInTheReadersLanguage() {
    YearMonth december = YearMonth.of(2026, 12);

    assertThat(Months.title(december, Locale.FRENCH)).isEqualTo("Décembre 2026");
    assertThat(Months.title(december, Locale.forLanguageTag("nl"))).isEqualTo("December 2026");
    assertThat(Months.title(YearMonth.of(2026, 3), Locale.ENGLISH)).isEqualTo("March 2026");
    assertThat(Months.name(YearMonth.of(2026, 8), Locale.FRENCH)).isEqualTo("Août");
  }

  @Test
  void monthsInsideASentenceKeepTheirLanguagesCase() {
    YearMonth november = YearMonth.of(2026, 11);

    assertThat(Months.inText(november, Locale.FRENCH)).isEqualTo("novembre 2026");
    assertThat(Months.inText(november, Locale.forLanguageTag("nl"))).isEqualTo("november 2026");
    assertThat(Months.inText(november, Locale.ENGLISH)).isEqualTo("November 2026");
  }
}
