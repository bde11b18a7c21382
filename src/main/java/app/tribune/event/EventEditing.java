package app.tribune.event;

import app.tribune.audit.AuditLog;
import app.tribune.media.MediaService;
import app.tribune.platform.persistence.LikePattern;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.text.Slugs;
import app.tribune.platform.web.Option;
import app.tribune.platform.web.WebAddresses;
import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agenda as editors keep it: list, create, change and delete events. Every change is audited
 * and has every node drop its cached pages once committed, so the agenda, the event's page, the
 * home page and its section's pages show it at once.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class EventEditing {

  private static final String AUDIT_TYPE = "Event";

  /** Columns the list may be sorted by, as the table names them. */
  private static final Map<String, String> SORTABLE =
      Map.of("title", "e.title", "startsAt", "e.startsAt", "place", "e.place");

  private static final String NOT_OVER =
      "(e.startsAt >= :now OR (e.endsAt IS NOT NULL AND e.endsAt >= :now))";

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private jakarta.enterprise.event.Event<EventChanged> changes;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(EventFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM Event e" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * A page of the list. By default upcoming events come soonest first and past ones latest first,
   * which puts what editors work on at the top either way.
   *
   * @param sortField a column of the table, or {@code null} for the period's own order
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<EventRow> page(
      EventFilter filter, int first, int size, String sortField, boolean ascending) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(filter, parameters);
    String order =
        sortField != null && SORTABLE.containsKey(sortField)
            ? SORTABLE.get(sortField) + (ascending ? " ASC" : " DESC")
            : filter.period() == EventFilter.Period.UPCOMING ? "e.startsAt ASC" : "e.startsAt DESC";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT e.id, e.title, e.slug, e.startsAt, e.endsAt, e.place, s.name, e.language,"
                + " e.cancelled FROM Event e LEFT JOIN e.section s"
                + where
                + " ORDER BY "
                + order
                + ", e.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 200)))
        .getResultStream()
        .map(EventRow::fromRow)
        .toList();
  }

  private String where(EventFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.period() == EventFilter.Period.UPCOMING) {
      conditions.add(NOT_OVER);
      parameters.put("now", clock.instant());
    } else if (filter.period() == EventFilter.Period.PAST) {
      conditions.add("NOT " + NOT_OVER);
      parameters.put("now", clock.instant());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add(
          "(LOWER(e.title) LIKE :text ESCAPE '\\' OR LOWER(e.place) LIKE :text ESCAPE '\\')");
      parameters.put("text", LikePattern.containing(filter.text()));
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * The event as its editor shows it.
   *
   * @throws RuleViolationException {@code event.notFound}
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EventForm form(long id) {
    return EventForm.of(existing(id), zone());
  }

  /** Every section, for the event's section list: there are tens, not thousands. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Option> sections() {
    return em.createNamedQuery(Section.FIND_ALL, Section.class)
        .getResultStream()
        .map(section -> new Option(section.getId(), section.getName()))
        .toList();
  }

  /**
   * A free slug made from a title, for the editor to propose as the title is typed.
   *
   * @param eventId the event being edited, or {@code null} for a new one
   * @return the slug, empty when the title has no letter or digit
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String proposeSlug(String title, Long eventId) {
    String base = Slugs.slugify(title);
    return base.isEmpty() ? "" : Slugs.unique(base, slug -> slugTakenByAnother(slug, eventId));
  }

  private boolean slugTakenByAnother(String slug, Long eventId) {
    return em.createNamedQuery(Event.FIND_BY_SLUG, Event.class)
        .setParameter("slug", slug)
        .getResultStream()
        .anyMatch(other -> !other.getId().equals(eventId));
  }

  /**
   * Creates or updates an event.
   *
   * @throws RuleViolationException {@code event.titleRequired}, {@code event.slugTaken}, {@code
   *     event.startRequired}, {@code event.endsBeforeStart}, {@code event.onlineUrlInvalid}, {@code
   *     media.notAnImage}, {@code media.imageNeedsAltText}, {@code event.notFound} or {@code
   *     event.changedMeanwhile}
   */
  public Event save(EventForm form) {
    if (form.getTitle() == null || form.getTitle().isBlank()) {
      throw new RuleViolationException("event.titleRequired", "An event needs a title");
    }
    String onlineUrl = WebAddresses.orNull(form.getOnlineUrl());
    if (!WebAddresses.isAcceptable(onlineUrl)) {
      throw new RuleViolationException("event.onlineUrlInvalid", "Not an http(s) address");
    }
    Event event = form.getId() == null ? new Event() : current(form);
    event.setTitle(form.getTitle().strip());
    event.setSlug(freeSlug(form));
    event.schedule(form.startsAt(zone()), form.endsAt(zone()));
    event.setAllDay(form.isAllDay());
    event.setPlace(textOrNull(form.getPlace()));
    event.setAddress(textOrNull(form.getAddress()));
    event.setOnlineUrl(onlineUrl);
    event.setDescription(form.getDescription());
    event.setSection(form.getSectionId() == null ? null : section(form.getSectionId()));
    event.setImage(media.describedImage(form.getImageId()));
    event.setLanguage(form.getLanguage());
    event.setCancelled(form.isCancelled());
    if (event.getId() == null) {
      event.markCreated(clock.instant());
      em.persist(event);
    } else {
      event.markUpdated(clock.instant());
    }
    // Checked here rather than at commit, so that a bad value comes back as a message.
    em.flush();
    audit.record(
        form.getId() == null ? "event.create" : "event.update",
        AUDIT_TYPE,
        event.getId(),
        event.getTitle());
    changes.fire(new EventChanged(event.getId()));
    return event;
  }

  /**
   * Deletes an event for good: for one that will not take place after all, editors may prefer to
   * mark it cancelled, which tells those who planned to come.
   *
   * @throws RuleViolationException {@code event.notFound}
   */
  public void delete(long id) {
    Event event = existing(id);
    em.remove(event);
    audit.record("event.delete", AUDIT_TYPE, id, event.getTitle());
    changes.fire(new EventChanged(id));
  }

  /** The slug typed, or one made from the title; refused when another event has it. */
  private String freeSlug(EventForm form) {
    String wanted = Slugs.slugify(form.getSlug());
    if (wanted.isEmpty()) {
      return proposeSlug(form.getTitle(), form.getId());
    }
    if (slugTakenByAnother(wanted, form.getId())) {
      throw new RuleViolationException("event.slugTaken", "Slug already used: " + wanted, wanted);
    }
    return wanted;
  }

  private Section section(long id) {
    Section section = em.find(Section.class, id);
    if (section == null) {
      throw new RuleViolationException("event.sectionNotFound", "No section " + id);
    }
    return section;
  }

  private Event current(EventForm form) {
    Event event = existing(form.getId());
    if (event.getVersion() != form.getVersion()) {
      throw new RuleViolationException(
          "event.changedMeanwhile", "The event was saved by someone else meanwhile");
    }
    return event;
  }

  private Event existing(long id) {
    Event event = em.find(Event.class, id);
    if (event == null) {
      throw new RuleViolationException("event.notFound", "No event " + id);
    }
    return event;
  }

  private static String textOrNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
