package app.tribune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.web.MonthChart.Bar;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthChartTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void theLargestMonthFillsTheHeightAndTheOthersScaleToIt() {
    List<Map.Entry<YearMonth, Long>> months =
        List.of(
            Map.entry(MARCH, 10L),
            Map.entry(MARCH.plusMonths(1), 40L),
            Map.entry(MARCH.plusMonths(2), 0L));

    List<Bar> bars = MonthChart.of(months, Map.Entry::getKey, Map.Entry::getValue).bars();

    assertThat(bars).extracting(Bar::height).containsExactly(25, 100, 0);
    assertThat(bars)
        .extracting(Bar::month)
        .containsExactly(MARCH, MARCH.plusMonths(1), MARCH.plusMonths(2));
    assertThat(bars).extracting(Bar::x).containsExactly(6, 46, 86);
    assertThat(bars).extracting(Bar::value).containsExactly(10L, 40L, 0L);
  }

  @Test
  void monthsWithNothingDrawNoBarRatherThanDividingByZero() {
    List<Map.Entry<YearMonth, Long>> months = List.of(Map.entry(MARCH, 0L));

    assertThat(MonthChart.of(months, Map.Entry::getKey, Map.Entry::getValue).bars())
        .extracting(Bar::height)
        .containsExactly(0);
    assertThat(
            MonthChart.of(
                    List.<Map.Entry<YearMonth, Long>>of(), Map.Entry::getKey, Map.Entry::getValue)
                .bars())
        .isEmpty();
  }
}
