package app.tribune.event.web;

import app.tribune.event.Event;
import app.tribune.event.EventService;
import app.tribune.site.web.Months;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /events} ({@code ?month=yyyy-MM}): the agenda, one month at a time, the current month in
 * the organisation's time zone by default. A month that is not one ({@code 2026-13}, {@code abc})
 * is a 404.
 */
@Named
@RequestScoped
public class EventsView {

  @Inject private EventService events;
  @Inject private FacesContext facesContext;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private final Clock clock = Clock.systemUTC();

  private String month;
  private YearMonth shown;
  private List<Event> agenda;

  public void load() throws IOException {
    ZoneId zone = ZoneId.of(timeZone);
    Optional<YearMonth> asked =
        month == null || month.isEmpty()
            ? Optional.of(YearMonth.now(clock.withZone(zone)))
            : Months.parse(month);
    if (asked.isEmpty()) {
      facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      facesContext.responseComplete();
      return;
    }
    shown = asked.get();
    agenda = events.startingBetween(Months.start(shown, zone), Months.end(shown, zone));
  }

  /** The month as typed in the address, if any. */
  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  /** Whether the address named a month rather than leaving the current one implied. */
  public boolean isMonthChosen() {
    return month != null && !month.isEmpty();
  }

  public YearMonth getShown() {
    return shown;
  }

  /** The month before, or {@code null} at the start of the calendar. */
  public YearMonth getPrevious() {
    return Months.previous(shown).orElse(null);
  }

  /** The month after, or {@code null} at the end of the calendar. */
  public YearMonth getNext() {
    return Months.next(shown).orElse(null);
  }

  public List<Event> getAgenda() {
    return agenda;
  }
}
