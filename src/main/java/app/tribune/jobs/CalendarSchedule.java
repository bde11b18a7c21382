package app.tribune.jobs;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a job's schedule from configuration: the attributes of an EJB calendar expression as {@code
 * name=value} pairs separated by semicolons, for example {@code dayOfMonth=1st Tue; hour=9} for
 * nine o'clock on the first Tuesday of each month. Attributes left out take the calendar's usual
 * defaults (second, minute and hour 0, every day, month and year); {@code off} or nothing schedules
 * nothing. Times are those of the site's time zone.
 */
public final class CalendarSchedule {

  private CalendarSchedule() {}

  /**
   * The expression {@code text} describes, in {@code zone}.
   *
   * @throws IllegalArgumentException naming the part that is not understood
   */
  public static Optional<ScheduleExpression> parse(String text, ZoneId zone) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    ScheduleExpression expression = new ScheduleExpression().timezone(zone.getId());
    for (String part : text.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int equals = part.indexOf('=');
      String value = equals < 0 ? "" : part.substring(equals + 1).strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("Not an attribute=value pair: '" + part.strip() + "'");
      }
      String name = part.substring(0, equals).strip();
      switch (name.toLowerCase(Locale.ROOT)) {
        case "second" -> expression.second(value);
        case "minute" -> expression.minute(value);
        case "hour" -> expression.hour(value);
        case "dayofmonth" -> expression.dayOfMonth(value);
        case "month" -> expression.month(value);
        case "dayofweek" -> expression.dayOfWeek(value);
        case "year" -> expression.year(value);
        default ->
            throw new IllegalArgumentException(
                "Unknown calendar attribute '"
                    + name
                    + "' (second, minute, hour, dayOfMonth, month, dayOfWeek, year)");
      }
    }
    return Optional.of(expression);
  }

  /**
   * The time of the calendar that a timer of {@code expression} firing at {@code firedAt} stands
   * for, the same on every node: the start of the minute it fired in, or of the second for an
   * expression that fires several times a minute. Each node's timer fires on that node's clock, a
   * little after the time itself; every one of them names the same time as long as it fires within
   * that minute (or second).
   */
  public static Instant timeOf(ScheduleExpression expression, Instant firedAt) {
    return firedAt.truncatedTo(
        firesOncePerMinute(expression) ? ChronoUnit.MINUTES : ChronoUnit.SECONDS);
  }

  /** How long a time named by {@link #timeOf} lasts: a minute, or a second. */
  public static Duration lengthOfTime(ScheduleExpression expression) {
    return firesOncePerMinute(expression) ? Duration.ofMinutes(1) : Duration.ofSeconds(1);
  }

  private static boolean firesOncePerMinute(ScheduleExpression expression) {
    return expression.getSecond().strip().matches("\\d+");
  }

  /** The expression as the console shows it. */
  public static String describe(ScheduleExpression expression) {
    return "second="
        + expression.getSecond()
        + "; minute="
        + expression.getMinute()
        + "; hour="
        + expression.getHour()
        + "; dayOfMonth="
        + expression.getDayOfMonth()
        + "; month="
        + expression.getMonth()
        + "; dayOfWeek="
        + expression.getDayOfWeek()
        + " ("
        + expression.getTimezone()
        + ")";
  }
}
