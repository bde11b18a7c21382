package app.tribune.newsletter.admin.web;

import app.tribune.article.web.AdminDates;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.admin.Growth;
import app.tribune.newsletter.admin.SubscriberAdminService;
import app.tribune.newsletter.admin.SubscriberFilter;
import app.tribune.newsletter.admin.SubscriberRow;
import app.tribune.newsletter.admin.Topic;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.MonthChart;
import app.tribune.platform.web.PagedRows;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/subscribers/}: the counts by status, the growth of the last months, the list a page
 * at a time with its filters, adding someone by hand, and the export of what the filters show.
 */
@Named
@ViewScoped
public class SubscriberListView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private SubscriberAdminService subscribers;

  @Inject private AdminDates dates;

  private SubscriberStatus status;
  private Long topicId;
  private Language language;
  private LocalDate fromDay;
  private LocalDate untilDay;
  private String text;
  private SubscriberFilter filter = SubscriberFilter.ALL;

  private Map<SubscriberStatus, Long> counts;
  private List<Growth.Month> growth;
  private List<Topic> topics;

  private String newEmail;
  private String newName;
  private List<Long> newTopics = new ArrayList<>();
  private Language newLanguage = Language.FR;

  private final PagedRows<SubscriberRow> rows =
      new PagedRows<>(
          () -> subscribers.count(filter),
          (first, size, field, ascending) ->
              subscribers.page(filter, first, size, field, ascending),
          row -> Long.toString(row.id()));

  /** Applies the filter fields; the table starts again at its first page. */
  public void search() {
    filter =
        new SubscriberFilter(
            status,
            topicId,
            language,
            fromDay == null ? null : dates.toInstant(fromDay.atStartOfDay()),
            untilDay == null ? null : dates.toInstant(untilDay.plusDays(1).atStartOfDay()),
            text);
  }

  public void clear() {
    status = null;
    topicId = null;
    language = null;
    fromDay = null;
    untilDay = null;
    text = null;
    filter = SubscriberFilter.ALL;
  }

  /** Adds the subscriber typed in the dialog, who is sent the opt-in mail. */
  public void add() {
    SubscriberAdminService.Added added = subscribers.add(newEmail, newName, newTopics, newLanguage);
    if (!added.ok()) {
      Feedback.fieldError("add:" + added.field(), added.messageKey());
      return;
    }
    Feedback.info("adminSubscribers.add.done", added.subscriber().email());
    newEmail = null;
    newName = null;
    newTopics = new ArrayList<>();
    counts = null;
  }

  /**
   * Sends the subscribers the filter fields select as a CSV file, written as it is read; the fields
   * apply even if not yet applied to the table.
   */
  public void export() throws IOException {
    search();
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"subscribers-" + LocalDate.now() + ".csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = external.getResponseOutputStream()) {
      subscribers.export(filter, out);
    }
    context.responseComplete();
  }

  public Map<SubscriberStatus, Long> getCounts() {
    if (counts == null) {
      counts = subscribers.countsByStatus();
    }
    return counts;
  }

  public List<Growth.Month> getGrowth() {
    if (growth == null) {
      growth = subscribers.growth();
    }
    return growth;
  }

  /** Confirmed subscribers at the end of each month, as bars. */
  public MonthChart getGrowthChart() {
    return MonthChart.of(getGrowth(), Growth.Month::month, Growth.Month::subscribers);
  }

  public List<Topic> getTopics() {
    if (topics == null) {
      topics = subscribers.topics();
    }
    return topics;
  }

  public SubscriberStatus[] getStatuses() {
    return SubscriberStatus.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public LazyDataModel<SubscriberRow> getRows() {
    return rows;
  }

  public SubscriberStatus getStatus() {
    return status;
  }

  public void setStatus(SubscriberStatus status) {
    this.status = status;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public LocalDate getFromDay() {
    return fromDay;
  }

  public void setFromDay(LocalDate fromDay) {
    this.fromDay = fromDay;
  }

  public LocalDate getUntilDay() {
    return untilDay;
  }

  public void setUntilDay(LocalDate untilDay) {
    this.untilDay = untilDay;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public List<Long> getNewTopics() {
    return newTopics;
  }

  public void setNewTopics(List<Long> newTopics) {
    this.newTopics = newTopics == null ? new ArrayList<>() : new ArrayList<>(newTopics);
  }

  public Language getNewLanguage() {
    return newLanguage;
  }

  public void setNewLanguage(Language newLanguage) {
    this.newLanguage = newLanguage;
  }
}
