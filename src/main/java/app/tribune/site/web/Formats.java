package app.tribune.site.web;

import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates as readers write them, in the page's language and the organisation's time zone: "5 décembre
 * 2018" and "1er décembre 2018" in French, "5 december 2018" in Dutch, "5 December 2018" in
 * English.
 */
@Named
@ApplicationScoped
public class Formats {

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  public String date(Instant instant) {
    return instant == null ? "" : longDate(locale()).withZone(ZoneId.of(timeZone)).format(instant);
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public String isoDate(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of(timeZone)).format(instant);
  }

  /** "1er octobre 2026", "1 oktober 2026", "1 October 2026". */
  public static DateTimeFormatter longDate(Locale locale) {
    return LONG_DATES.computeIfAbsent(locale, key -> dates(FormatStyle.LONG, key));
  }

  /** With the day of the week: "jeudi 1er octobre 2026", "Thursday, 1 October 2026". */
  public static DateTimeFormatter fullDate(Locale locale) {
    return FULL_DATES.computeIfAbsent(locale, key -> dates(FormatStyle.FULL, key));
  }

  private static final Map<Locale, DateTimeFormatter> LONG_DATES = new ConcurrentHashMap<>();
  private static final Map<Locale, DateTimeFormatter> FULL_DATES = new ConcurrentHashMap<>();

  /** French writes the first of the month as an ordinal and every other day as a number. */
  private static final Map<Long, String> FRENCH_DAYS =
      LongStream.rangeClosed(1, 31)
          .boxed()
          .collect(Collectors.toMap(day -> day, day -> day == 1 ? "1er" : day.toString()));

  /**
   * The locale whose dates a language's readers get: English pages speak British English (their
   * og:locale is en_GB), which puts the day before the month.
   */
  public static Locale datesOf(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
  }

  private static DateTimeFormatter dates(FormatStyle style, Locale locale) {
    Locale written = datesOf(locale);
    if (!"fr".equals(written.getLanguage())) {
      return DateTimeFormatter.ofLocalizedDate(style).withLocale(written);
    }
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            style, null, IsoChronology.INSTANCE, written);
    int day = pattern.indexOf('d');
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern.substring(0, day))
        .appendText(ChronoField.DAY_OF_MONTH, FRENCH_DAYS)
        .appendPattern(pattern.substring(day + 1))
        .toFormatter(written);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A file size as readers write it: "850 o", "350 ko", "1,2 Mo" in French. */
  public String fileSize(long bytes) {
    return fileSize(bytes, locale());
  }

  /**
   * Decimal units, as file managers show them: 1 ko is 1,000 bytes. One decimal below ten, where it
   * still tells two files apart; a no-break space keeps the unit with its number.
   */
  static String fileSize(long bytes, Locale locale) {
    String[] units = Messages.get(locale, "unit.fileSizes").split(",");
    double value = Math.max(0, bytes);
    int unit = 0;
    while (value >= 999.5 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(unit > 0 && value < 9.95 ? 1 : 0);
    return number.format(value) + '\u00A0' + units[unit].strip();
  }

  /** Content types readers know by a name, to the bundle key of that name. */
  private static final Map<String, String> FILE_TYPES =
      Map.ofEntries(
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/msword", "word"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
          Map.entry("application/vnd.ms-excel", "excel"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "excel"),
          Map.entry("application/vnd.ms-powerpoint", "powerpoint"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml.presentation",
              "powerpoint"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
          Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
          Map.entry("text/csv", "csv"),
          Map.entry("text/plain", "text"),
          Map.entry("application/zip", "zip"),
          Map.entry("image/png", "png"),
          Map.entry("image/jpeg", "jpeg"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"),
          Map.entry("audio/mpeg", "mp3"),
          Map.entry("video/mp4", "mp4"));

  /** What kind of file it is, in a word or two: "PDF", "Word", "image PNG". */
  public String fileType(MediaAsset asset) {
    return fileType(asset, locale());
  }

  static String fileType(MediaAsset asset, Locale locale) {
    String contentType = asset.getContentType() == null ? "" : asset.getContentType();
    String key = FILE_TYPES.get(contentType.toLowerCase(Locale.ROOT).split(";")[0].strip());
    if (key != null) {
      return Messages.get(locale, "fileType." + key);
    }
    String name = asset.getOriginalName() == null ? "" : asset.getOriginalName();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && dot < name.length() - 1
        ? name.substring(dot + 1).toUpperCase(Locale.ROOT)
        : Messages.get(locale, "fileType.other");
  }
}
