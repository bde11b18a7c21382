package app.tribune.article.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moments as editors read and type them: on the organisation's clock (Brussels by default), to the
 * minute, whatever the server's own time zone; and lengths of time, as a job's run or what is left
 * of a send.
 */
@Named
@ApplicationScoped
public class AdminDates {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
  }

  /** The moment a date picker's local time means. */
  public Instant toInstant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone()).toInstant();
  }

  public LocalDateTime toLocal(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
  }

  /** {@code 45 s}, {@code 4 min 05 s}, {@code 1 h 02 min}; nothing for an unknown length. */
  public String duration(Duration duration) {
    if (duration == null) {
      return "";
    }
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format("%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  private ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
