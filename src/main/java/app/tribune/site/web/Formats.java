package app.tribune.site.web;

import app.tribune.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates as readers write them, in the page's language and the organisation's time zone: "5 décembre
 * 2018" in French, "5 december 2018" in Dutch.
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

  static DateTimeFormatter longDate(Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** "240 ko", "1,2 Mo": a download's size in the page's language. */
  public String fileSize(long bytes) {
    return fileSize(bytes, locale());
  }

  static String fileSize(long bytes, Locale locale) {
    return bytes < 1_000_000
        ? Messages.get(locale, "size.kilobytes", Math.max(1, Math.round(bytes / 1000.0)))
        : Messages.get(locale, "size.megabytes", bytes / 1_000_000.0);
  }

  /** "PDF", "DOCX": a download's kind as its name's extension says it; blank without one. */
  public String fileType(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1
        ? ""
        : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
  }
}
