package app.tribune.platform.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bar per month, laid out for the SVG of {@code /WEB-INF/includes/month-chart.xhtml}: the page
 * only repeats the bars, so every chart of the back office draws alike and its arithmetic is here,
 * where a test can reach it.
 */
public record MonthChart(List<Bar> bars) implements Serializable {

  /** Room between the left edges of two bars, in the chart's own units (480 across). */
  static final int STEP = 40;

  /** Height of the tallest bar. */
  static final int TALLEST = 100;

  /**
   * One month's bar.
   *
   * @param x its left edge
   * @param height in proportion to the largest value of the chart
   */
  public record Bar(YearMonth month, long value, int x, int height) implements Serializable {}

  /**
   * A bar for each of {@code months}, in their order, the largest value drawn full height.
   *
   * @param month what month a row is
   * @param value what a row counts
   */
  public static <T> MonthChart of(
      List<T> months, Function<T, YearMonth> month, ToLongFunction<T> value) {
    long peak = Math.max(1, months.stream().mapToLong(value).max().orElse(1));
    List<Bar> bars = new ArrayList<>(months.size());
    for (T row : months) {
      long figure = value.applyAsLong(row);
      int height = (int) (figure * TALLEST / peak);
      bars.add(new Bar(month.apply(row), figure, bars.size() * STEP + 6, height));
    }
    return new MonthChart(List.copyOf(bars));
  }
}
