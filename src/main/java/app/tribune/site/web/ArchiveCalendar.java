package app.tribune.site.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The archive's table of contents: the years and months in which articles were published, with how
 * many, newest first. Months are those of the organisation's time zone, so an article published at
 * 00:30 on 1 March in Brussels counts in March.
 */
public final class ArchiveCalendar {

  /** A month and the number of articles published in it. */
  public static final class Month {
    private final YearMonth month;
    private final long count;

    Month(YearMonth month, long count) {
      this.month = month;
      this.count = count;
    }

    public YearMonth getMonth() {
      return month;
    }

    public long getCount() {
      return count;
    }
  }

  /** A year, its total and its months with articles, newest first. */
  public static final class Year {
    private final int year;
    private final List<Month> months;

    Year(int year, List<Month> months) {
      this.year = year;
      this.months = List.copyOf(months);
    }

    public int getYear() {
      return year;
    }

    public long getCount() {
      return months.stream().mapToLong(Month::getCount).sum();
    }

    public List<Month> getMonths() {
      return months;
    }
  }

  private ArchiveCalendar() {}

  /** The calendar of these publication times, in {@code zone}. */
  public static List<Year> of(Collection<Instant> publicationTimes, ZoneId zone) {
    Map<YearMonth, Long> counts = new TreeMap<>(Comparator.reverseOrder());
    for (Instant time : publicationTimes) {
      counts.merge(YearMonth.from(time.atZone(zone)), 1L, Long::sum);
    }
    List<Year> years = new ArrayList<>();
    List<Month> months = new ArrayList<>();
    int year = 0;
    for (Map.Entry<YearMonth, Long> entry : counts.entrySet()) {
      if (!months.isEmpty() && entry.getKey().getYear() != year) {
        years.add(new Year(year, months));
        months.clear();
      }
      year = entry.getKey().getYear();
      months.add(new Month(entry.getKey(), entry.getValue()));
    }
    if (!months.isEmpty()) {
      years.add(new Year(year, months));
    }
    return years;
  }
}
