package app.tribune.audit.web;

import app.tribune.audit.AuditEntry;
import app.tribune.audit.AuditFilter;
import app.tribune.audit.AuditLog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /admin/audit/}: who did what and when, a page at a time from the database, filtered by
 * actor, action, target type and a range of days (days as lived in Belgium).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private AuditLog auditLog;

  private String actor;
  private String action;
  private String targetType;
  private LocalDate fromDay;
  private LocalDate untilDay;
  private AuditFilter filter = AuditFilter.all();

  private final LazyDataModel<AuditEntry> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter));
        }

        @Override
        public List<AuditEntry> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          boolean oldestFirst =
              sortBy.values().stream().anyMatch(sort -> sort.getOrder() == SortOrder.ASCENDING);
          return auditLog.find(filter, oldestFirst, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
          return String.valueOf(entry.getId());
        }
      };

  /** Applies the filter fields; the table starts again at its first page. */
  public void search() {
    filter =
        new AuditFilter(
            actor,
            action,
            targetType,
            fromDay == null ? null : fromDay.atStartOfDay(ZONE).toInstant(),
            untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  public void clear() {
    actor = null;
    action = null;
    targetType = null;
    fromDay = null;
    untilDay = null;
    filter = AuditFilter.all();
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  /** When an entry happened, to the second, on the Belgian clock. */
  public String when(AuditEntry entry) {
    return WHEN.format(entry.getAt().atZone(ZONE));
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
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
}
