package app.tribune.site.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar months as the archive and the agenda address them ({@code 2026-12}, {@code 2026/12}) and
 * name them ("décembre 2026"). Months outside {@link #FIRST}–{@link #LAST} do not exist for the
 * site: an address naming one is not a page, and the agenda's "next month" links stop there, so
 * robots cannot walk the calendar forever.
 */
@Named
@ApplicationScoped
public class Months {

  static final YearMonth FIRST = YearMonth.of(1900, 1);
  static final YearMonth LAST = YearMonth.of(2999, 12);

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})");

  /** The month written {@code yyyy-MM}, if it is one the site knows. */
  public static Optional<YearMonth> parse(String text) {
    Matcher matcher = ISO.matcher(text == null ? "" : text);
    return matcher.matches() ? of(matcher.group(1), matcher.group(2)) : Optional.empty();
  }

  /** The month of a year and month number written in digits, if it is one the site knows. */
  public static Optional<YearMonth> of(String year, String month) {
    if (!isDigits(year, 4) || !isDigits(month, 2)) {
      return Optional.empty();
    }
    int number = Integer.parseInt(month);
    if (number < 1 || number > 12) {
      return Optional.empty();
    }
    YearMonth result = YearMonth.of(Integer.parseInt(year), number);
    return result.isBefore(FIRST) || result.isAfter(LAST) ? Optional.empty() : Optional.of(result);
  }

  private static boolean isDigits(String text, int length) {
    return text != null
        && text.length() == length
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The month before, unless {@code month} is the first the site knows. */
  public static Optional<YearMonth> previous(YearMonth month) {
    return month.equals(FIRST) ? Optional.empty() : Optional.of(month.minusMonths(1));
  }

  /** The month after, unless {@code month} is the last the site knows. */
  public static Optional<YearMonth> next(YearMonth month) {
    return month.equals(LAST) ? Optional.empty() : Optional.of(month.plusMonths(1));
  }

  /** The first instant of the month where the organisation lives. */
  public static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  /** The first instant after the month, where the organisation lives. */
  public static Instant end(YearMonth month, ZoneId zone) {
    return start(month.plusMonths(1), zone);
  }

  /**
   * "Décembre 2026", "December 2026": the month as a heading or a label, whose first letter is a
   * capital.
   */
  public static String title(YearMonth month, Locale locale) {
    return capitalise(DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(month), locale);
  }

  /**
   * "décembre 2026", "december 2026", "December 2026": the month inside a sentence, where French
   * and Dutch write its name in lower case and English with a capital.
   */
  public static String inText(YearMonth month, Locale locale) {
    return DateTimeFormatter.ofPattern("MMMM uuuu", locale).format(month);
  }

  /** "Décembre": the month's name alone, under its year. */
  public static String name(YearMonth month, Locale locale) {
    return capitalise(DateTimeFormatter.ofPattern("LLLL", locale).format(month), locale);
  }

  private static String capitalise(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  /** {@link #title(YearMonth, Locale)} in the language of the page being rendered. */
  public String title(YearMonth month) {
    return title(month, locale());
  }

  /** {@link #inText(YearMonth, Locale)} in the language of the page being rendered. */
  public String inText(YearMonth month) {
    return inText(month, locale());
  }

  /** {@link #name(YearMonth, Locale)} in the language of the page being rendered. */
  public String name(YearMonth month) {
    return name(month, locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
