package app.tribune.newsletter.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirmed subscribers month by month, as the rows still tell it: someone counts from the month
 * they confirmed until the month they unsubscribed. Erased subscribers have left no row, so past
 * months may count a few fewer than there were then.
 */
public final class Growth {

  /**
   * One month of the chart.
   *
   * @param subscribers confirmed at the end of the month
   * @param joined confirmed during the month
   * @param left unsubscribed during the month
   */
  public record Month(YearMonth month, long subscribers, long joined, long left)
      implements Serializable {}

  private Growth() {}

  /**
   * The {@code months} months up to and including {@code current}.
   *
   * @param rows pairs of (confirmed at, unsubscribed at or {@code null}) of subscribers who
   *     confirmed
   */
  public static List<Month> of(List<Instant[]> rows, YearMonth current, int months, ZoneId zone) {
    List<Month> result = new ArrayList<>(months);
    for (YearMonth month = current.minusMonths(months - 1L);
        !month.isAfter(current);
        month = month.plusMonths(1)) {
      Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      long subscribers = 0;
      long joined = 0;
      long left = 0;
      for (Instant[] row : rows) {
        Instant confirmed = row[0];
        Instant unsubscribed = row[1];
        if (confirmed.isBefore(end) && (unsubscribed == null || !unsubscribed.isBefore(end))) {
          subscribers++;
        }
        if (!confirmed.isBefore(start) && confirmed.isBefore(end)) {
          joined++;
        }
        if (unsubscribed != null && !unsubscribed.isBefore(start) && unsubscribed.isBefore(end)) {
          left++;
        }
      }
      result.add(new Month(month, subscribers, joined, left));
    }
    return result;
  }
}
