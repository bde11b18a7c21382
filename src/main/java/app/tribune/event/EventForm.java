package app.tribune.event;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What the event editor edits: a new event when {@link #getId()} is {@code null}, otherwise the
 * event at the version it was read. Start and end are wall-clock times of the organisation's time
 * zone, as editors type them.
 *
 * <p>An all-day event is kept from the start of its first day to the start of the day after its
 * last, so that it covers whole days whatever the time typed; editors see and type its last day.
 */
public class EventForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String title;
  private String slug;
  private LocalDateTime start;
  private LocalDateTime end;
  private boolean allDay;
  private String place;
  private String address;
  private String onlineUrl;
  private String description;
  private Long sectionId;
  private Long imageId;
  private Language language = Language.FR;
  private boolean cancelled;

  /** The event as the editor shows it, its times read in {@code zone}. */
  public static EventForm of(Event event, ZoneId zone) {
    EventForm form = new EventForm();
    form.id = event.getId();
    form.version = event.getVersion();
    form.title = event.getTitle();
    form.slug = event.getSlug();
    form.allDay = event.isAllDay();
    form.start = LocalDateTime.ofInstant(event.getStartsAt(), zone);
    form.end = event.getEndsAt() == null ? null : LocalDateTime.ofInstant(event.getEndsAt(), zone);
    if (form.allDay && form.end != null && form.end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      form.end = form.end.minusDays(1);
    }
    form.place = event.getPlace();
    form.address = event.getAddress();
    form.onlineUrl = event.getOnlineUrl();
    form.description = event.getDescription();
    form.sectionId = event.getSection() == null ? null : event.getSection().getId();
    form.imageId = event.getImage() == null ? null : event.getImage().getId();
    form.language = event.getLanguage();
    form.cancelled = event.isCancelled();
    return form;
  }

  /** The moment the event starts, or {@code null} when no start was typed. */
  public Instant startsAt(ZoneId zone) {
    if (start == null) {
      return null;
    }
    return allDay
        ? start.toLocalDate().atStartOfDay(zone).toInstant()
        : ZonedDateTime.of(start, zone).toInstant();
  }

  /** The moment the event ends, or {@code null} when it has no end. */
  public Instant endsAt(ZoneId zone) {
    if (end == null) {
      return null;
    }
    return allDay
        ? end.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
        : ZonedDateTime.of(end, zone).toInstant();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public boolean isAllDay() {
    return allDay;
  }

  public void setAllDay(boolean allDay) {
    this.allDay = allDay;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public void setOnlineUrl(String onlineUrl) {
    this.onlineUrl = onlineUrl;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public void setSectionId(Long sectionId) {
    this.sectionId = sectionId;
  }

  public Long getImageId() {
    return imageId;
  }

  public void setImageId(Long imageId) {
    this.imageId = imageId;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public void setCancelled(boolean cancelled) {
    this.cancelled = cancelled;
  }
}
