package app.tribune.site.web;

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
}
