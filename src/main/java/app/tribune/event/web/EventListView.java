package app.tribune.event.web;

import app.tribune.event.EventEditing;
import app.tribune.event.EventFilter;
import app.tribune.event.EventRow;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/events/}: the agenda for editors, upcoming events first, a page at a time, with a
 * search on title and place, and deletion after confirmation.
 */
@Named
@ViewScoped
public class EventListView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private EventEditing events;

  private EventFilter.Period period = EventFilter.Period.UPCOMING;
  private String text;
  private final PagedRows<EventRow> rows =
      new PagedRows<>(
          () -> events.count(filter()),
          (first, size, field, ascending) -> events.page(filter(), first, size, field, ascending),
          row -> Long.toString(row.id()));

  private EventFilter filter() {
    return new EventFilter(period, text);
  }

  public void delete(EventRow row) {
    try {
      events.delete(row.id());
      Feedback.info("adminEvents.deleted", row.title());
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    }
  }

  public EventFilter.Period[] getPeriods() {
    return EventFilter.Period.values();
  }

  public LazyDataModel<EventRow> getRows() {
    return rows;
  }

  public EventFilter.Period getPeriod() {
    return period;
  }

  public void setPeriod(EventFilter.Period period) {
    this.period = period == null ? EventFilter.Period.UPCOMING : period;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
