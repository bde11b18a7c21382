package app.tribune.platform.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

/**
 * A summary of a set of rows read with one aggregate query instead of the rows themselves: how many
 * there are, a checksum that moves when a row joins or leaves the set or is updated (from the sums
 * of their ids and of their optimistic-lock versions), and when the newest of them last changed.
 * Long documents such as the sitemap answer conditional requests from it without being generated.
 *
 * @param lastModified the newest change, {@code null} for an empty set
 */
public record ChangeStamp(long rows, long checksum, Instant lastModified) {

  /**
   * Reads a row of {@code COUNT(*), SUM(id), SUM(version)} followed by any number of {@code
   * MAX(...)} timestamps, of which the latest is the set's last change.
   */
  public static ChangeStamp fromRow(Object[] row) {
    long idSum = sum(row[1]);
    long versionSum = sum(row[2]);
    return new ChangeStamp(
        sum(row[0]),
        // The ids are distinct, so joining and leaving rows move the first sum; each update of a
        // row raises its version and so the second.
        idSum * 31 + versionSum,
        latestIn(row, 3));
  }

  /** The latest of instants some of which may be {@code null}; {@code null} when all are. */
  public static Instant latest(Instant... instants) {
    return Arrays.stream(instants).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
  }

  /**
   * The latest of the timestamps of {@code row} from index {@code from} on. Read by SQL, they come
   * in the driver's own type: {@link OffsetDateTime} from H2, {@link java.sql.Timestamp} from
   * PostgreSQL.
   */
  public static Instant latestIn(Object[] row, int from) {
    return latest(
        Arrays.stream(row, from, row.length).map(ChangeStamp::instant).toArray(Instant[]::new));
  }

  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
  }

  // SUM over no rows is NULL in SQL, and its type depends on the database.
  private static long sum(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
