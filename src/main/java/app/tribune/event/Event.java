package app.tribune.event;

import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.text.RichText;
import app.tribune.section.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An event in the agenda. */
@Entity
@Table(name = "event")
@SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
@NamedQuery(name = Event.FIND_BY_SLUG, query = "SELECT e FROM Event e WHERE e.slug = :slug")
@NamedQuery(name = Event.COUNT_BY_SLUG, query = "SELECT COUNT(e) FROM Event e WHERE e.slug = :slug")
@NamedQuery(
    name = Event.FIND_UPCOMING,
    query =
        "SELECT e FROM Event e WHERE e.startsAt >= :from"
            + " OR (e.endsAt IS NOT NULL AND e.endsAt >= :from) ORDER BY e.startsAt, e.id")
@NamedQuery(
    name = Event.FIND_STARTING_BETWEEN,
    query =
        "SELECT e FROM Event e WHERE e.startsAt >= :from AND e.startsAt < :until"
            + " ORDER BY e.startsAt, e.id")
@NamedQuery(name = Event.FIND_ALL, query = "SELECT e FROM Event e ORDER BY e.startsAt DESC, e.id")
@NamedQuery(
    name = Event.FIND_UPCOMING_IN_SECTIONS,
    query =
        "SELECT e FROM Event e WHERE e.section.id IN :sections"
            + " AND (e.startsAt >= :from OR (e.endsAt IS NOT NULL AND e.endsAt >= :from))"
            + " ORDER BY e.startsAt, e.id")
@NamedNativeQuery(
    name = Event.STAMP_ALL,
    query = "SELECT COUNT(*), SUM(id), SUM(version), MAX(updated_at) FROM event")
@NamedQuery(
    name = Event.FIND_LISTINGS,
    query =
        "SELECT e.id, e.slug, e.language, e.updatedAt FROM Event e WHERE e.id > :afterId"
            + " ORDER BY e.id")
public class Event {

  public static final String FIND_BY_SLUG = "Event.findBySlug";
  public static final String COUNT_BY_SLUG = "Event.countBySlug";

  /** Events not over at {@code from} (started since, or still running), soonest first. */
  public static final String FIND_UPCOMING = "Event.findUpcoming";

  /** Events starting in [{@code from}, {@code until}), for the agenda's months. */
  public static final String FIND_STARTING_BETWEEN = "Event.findStartingBetween";

  /** Every event, latest first, for the back office. */
  public static final String FIND_ALL = "Event.findAll";

  /** Events of the sections {@code sections} not over at {@code from}, soonest first. */
  public static final String FIND_UPCOMING_IN_SECTIONS = "Event.findUpcomingInSections";

  /** A {@code ChangeStamp} row of every event, in SQL for the reason given on the article's. */
  public static final String STAMP_ALL = "Event.stampAll";

  /** {@code Listing} rows of events with an id above {@code afterId}, by id: a keyset page. */
  public static final String FIND_LISTINGS = "Event.findListings";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 300)
  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @NotBlank
  @Size(max = 120)
  @Column(name = "slug", nullable = false, unique = true, length = 120)
  private String slug;

  @NotNull
  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  /** When the event ends, or {@code null} when only its start is known. */
  @Column(name = "ends_at")
  private Instant endsAt;

  /** Times are not shown for an all-day event; its start is the beginning of its first day. */
  @Column(name = "all_day", nullable = false)
  private boolean allDay;

  @Size(max = 200)
  @Column(name = "place", length = 200)
  private String place;

  @Size(max = 500)
  @Column(name = "address", length = 500)
  private String address;

  @Size(max = 500)
  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  /** Sanitised HTML. */
  @Column(name = "description")
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "section_id")
  private Section section;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "image_id")
  private MediaAsset image;

  @NotNull
  @Column(name = "language", nullable = false, length = 2)
  private Language language = Language.FR;

  /** A cancelled event stays listed, marked as such, so people who planned to come find out. */
  @Column(name = "cancelled", nullable = false)
  private boolean cancelled;

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @NotNull
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  public Event() {}

  public Event(String title, String slug, Instant startsAt, Instant endsAt) {
    this.title = title;
    this.slug = slug;
    schedule(startsAt, endsAt);
  }

  /**
   * Sets when the event takes place; both ends are set together so that they are checked together.
   *
   * @param endsAt the end, or {@code null} when unknown
   * @throws RuleViolationException if the event would end before it starts
   */
  public void schedule(Instant startsAt, Instant endsAt) {
    if (startsAt == null) {
      throw new RuleViolationException("event.startRequired", "An event needs a start");
    }
    if (endsAt != null && endsAt.isBefore(startsAt)) {
      throw new RuleViolationException(
          "event.endsBeforeStart", "An event cannot end before it starts", startsAt, endsAt);
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Whether the event is over at the given moment (its start, when it has no end). */
  public boolean isOver(Instant now) {
    return (endsAt == null ? startsAt : endsAt).isBefore(now);
  }

  public void markCreated(Instant at) {
    createdAt = at;
    updatedAt = at;
  }

  public void markUpdated(Instant at) {
    updatedAt = at;
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

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
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

  /** Stores the description sanitised, like an article's body. */
  public void setDescription(String html) {
    this.description = RichText.sanitize(html);
  }

  public Section getSection() {
    return section;
  }

  public void setSection(Section section) {
    this.section = section;
  }

  public MediaAsset getImage() {
    return image;
  }

  public void setImage(MediaAsset image) {
    this.image = image;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
