package app.tribune.event.web;

import app.tribune.event.Event;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When an event takes place, as a reader says it: "samedi 12 avril 2026, de 19 h 30 à 21 h 30" in
 * French, in the organisation's time zone; the hour is left out of all-day events, and an event
 * over several days shows both ends.
 */
@Named
@ApplicationScoped
public class EventDates {

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  /** The event's dates and times in the language of the page being rendered. */
  public String when(Event event) {
    return when(event, FacesContext.getCurrentInstance().getViewRoot().getLocale(), zone());
  }

  /**
   * The machine-readable form of an event's start or end for {@code <time datetime>} and structured
   * data: a date for an all-day event, a date and time with its offset otherwise.
   */
  public String iso(Event event, Instant instant) {
    return iso(event, instant, zone());
  }

  private ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  static String iso(Event event, Instant instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(zone);
    return event.isAllDay()
        ? DateTimeFormatter.ISO_LOCAL_DATE.format(local)
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.withNano(0));
  }

  static String when(Event event, Locale locale, ZoneId zone) {
    ZonedDateTime start = event.getStartsAt().atZone(zone);
    ZonedDateTime end = event.getEndsAt() == null ? start : event.getEndsAt().atZone(zone);
    DateTimeFormatter day = Formats.fullDate(locale);
    Function<ZonedDateTime, String> time = moment -> time(moment, locale);
    if (event.isAllDay()) {
      LocalDate lastDay = lastDayOf(start, end);
      return lastDay.equals(start.toLocalDate())
          ? day.format(start)
          : Messages.get(locale, "event.days", day.format(start), day.format(lastDay));
    }
    if (event.getEndsAt() == null || end.equals(start)) {
      return Messages.get(locale, "event.at", day.format(start), time.apply(start));
    }
    if (end.toLocalDate().equals(start.toLocalDate())) {
      return Messages.get(
          locale, "event.hours", day.format(start), time.apply(start), time.apply(end));
    }
    return Messages.get(
        locale,
        "event.days",
        Messages.get(locale, "event.at", day.format(start), time.apply(start)),
        Messages.get(locale, "event.at", day.format(end), time.apply(end)));
  }

  /** "19 h 30", and "20 h" rather than "20 h 00" where the language writes whole hours so. */
  private static String time(ZonedDateTime moment, Locale locale) {
    String pattern = moment.getMinute() == 0 ? "event.hourPattern" : "event.timePattern";
    return DateTimeFormatter.ofPattern(Messages.get(locale, pattern), locale).format(moment);
  }

  /**
   * The last day of an all-day event. Its end is the moment it closes, which may be midnight of the
   * next day: that day is not part of the event.
   */
  private static LocalDate lastDayOf(ZonedDateTime start, ZonedDateTime end) {
    LocalDate last = end.toLocalDate();
    if (end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start)) {
      last = last.minusDays(1);
    }
    return last.isBefore(start.toLocalDate()) ? start.toLocalDate() : last;
  }
}
