package app.tribune.newsletter.admin;

import app.tribune.audit.AuditLog;
import app.tribune.newsletter.ConsentEvent;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.SubscriptionRequest;
import app.tribune.newsletter.SubscriptionService;
import app.tribune.newsletter.SuppressedAddress;
import app.tribune.newsletter.sending.NewsletterSending;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What editors and administrators do with the subscriber list: find, count, look at one record, add
 * someone, unsubscribe or erase them, export the list. Authors see none of it.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class SubscriberAdminService {

  /** Months the growth chart shows. */
  public static final int GROWTH_MONTHS = 12;

  /** Rows read per query by the export, which never holds more. */
  static final int EXPORT_CHUNK = 1_000;

  private static final Set<String> SORTABLE =
      Set.of("email", "name", "status", "language", "createdAt", "confirmedAt");
  private static final DateTimeFormatter EXPORT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /** What adding a subscriber by hand came to: the new subscriber, or why not. */
  public record Added(SubscriberRow subscriber, String field, String messageKey) {
    public boolean ok() {
      return subscriber != null;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private SubscriptionService subscriptions;
  @Inject private AuditLog audit;
  @Inject private NewsletterSending sending;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  /**
   * One page of the subscribers matching {@code filter}.
   *
   * @param sortField one of the entity's sortable fields, or {@code null} for the newest first
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SubscriberRow> page(
      SubscriberFilter filter, int first, int size, String sortField, boolean ascending) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Subscriber> query = cb.createQuery(Subscriber.class);
    Root<Subscriber> subscriber = query.from(Subscriber.class);
    query.where(matching(filter, cb, query, subscriber));
    List<Order> order = new ArrayList<>();
    if (sortField != null && SORTABLE.contains(sortField)) {
      Expression<?> field = subscriber.get(sortField);
      order.add(ascending ? cb.asc(field) : cb.desc(field));
    } else {
      order.add(cb.desc(subscriber.get("createdAt")));
    }
    order.add(cb.desc(subscriber.get("id")));
    query.orderBy(order);
    return em.createQuery(query)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 500)))
        .getResultStream()
        .map(SubscriberRow::of)
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(SubscriberFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Subscriber> subscriber = query.from(Subscriber.class);
    query.select(cb.count(subscriber)).where(matching(filter, cb, query, subscriber));
    return em.createQuery(query).getSingleResult();
  }

  /** How many subscribers have each status; every status is present, zero if none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<SubscriberStatus, Long> countsByStatus() {
    Map<SubscriberStatus, Long> counts = new EnumMap<>(SubscriberStatus.class);
    for (SubscriberStatus status : SubscriberStatus.values()) {
      counts.put(status, 0L);
    }
    em.createNamedQuery(Subscriber.COUNT_BY_STATUS, Object[].class)
        .getResultList()
        .forEach(row -> counts.put((SubscriberStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /** Confirmed subscribers over the last {@value #GROWTH_MONTHS} months, this one included. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Growth.Month> growth() {
    ZoneId zone = ZoneId.of(timeZone);
    YearMonth current = YearMonth.now(clock.withZone(zone));
    Instant since = current.minusMonths(GROWTH_MONTHS - 1L).atDay(1).atStartOfDay(zone).toInstant();
    List<Instant[]> rows =
        em.createNamedQuery(Subscriber.FIND_CONFIRMATION_DATES, Object[].class)
            .setParameter("since", since)
            .getResultStream()
            .map(row -> new Instant[] {(Instant) row[0], (Instant) row[1]})
            .toList();
    return Growth.of(rows, current, GROWTH_MONTHS, zone);
  }

  /** Everything about one subscriber, if they (still) exist. */
  public Optional<SubscriberRecord> find(long id) {
    Subscriber subscriber = em.find(Subscriber.class, id);
    if (subscriber == null) {
      return Optional.empty();
    }
    List<SubscriberRecord.HistoryLine> history =
        new ArrayList<>(
            em.createNamedQuery(ConsentEvent.FIND_BY_SUBSCRIBER, ConsentEvent.class)
                .setParameter("subscriber", subscriber)
                .getResultStream()
                .map(
                    e ->
                        new SubscriberRecord.HistoryLine(
                            e.getAt(),
                            e.getType(),
                            e.getSource(),
                            e.getConsentTextVersion(),
                            e.getDetail()))
                .toList());
    Collections.reverse(history);
    Map<Long, Boolean> underWay = new HashMap<>();
    List<SubscriberRecord.DeliveryLine> deliveries =
        em.createNamedQuery(Delivery.FIND_BY_SUBSCRIBER, Delivery.class)
            .setParameter("subscriber", subscriber)
            .getResultStream()
            .map(
                d ->
                    new SubscriberRecord.DeliveryLine(
                        d.getIssue().getNumber(),
                        d.getIssue().getSubject(),
                        d.getStatus(),
                        // Claimed, and no run is left that could still send it: an interrupted
                        // run's, whose mail may or may not have left.
                        d.getStatus() == DeliveryStatus.SENDING
                            && !underWay.computeIfAbsent(
                                d.getIssue().getId(), key -> sending.isUnderWay(d.getIssue())),
                        d.getAttempts(),
                        d.getCreatedAt(),
                        d.getSentAt(),
                        d.getLastError()))
            .toList();
    return Optional.of(
        new SubscriberRecord(
            SubscriberRow.of(subscriber),
            subscriber.getTopics().stream().map(Section::getName).sorted().toList(),
            subscriber.getUnsubscribedAt(),
            subscriber.getSoftBounceCount(),
            history,
            deliveries));
  }

  /** Sections subscribers may choose, as the public form offers them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Topic> topics() {
    return subscriptions.topics().stream()
        .map(section -> new Topic(section.getId(), section.getName()))
        .toList();
  }

  /**
   * Adds a subscriber typed in by an editor: checked as the public form checks it, then pending
   * with the opt-in mail sent. An address already in the list, or suppressed, is refused.
   */
  public Added add(String email, String name, Collection<Long> topicIds, Language language) {
    SubscriptionRequest.Parsed parsed =
        SubscriptionRequest.parse(
            email,
            name,
            topicIds.stream().map(String::valueOf).toList(),
            language.code(),
            language);
    if (!parsed.ok()) {
      Map.Entry<String, String> error = parsed.errors().entrySet().iterator().next();
      return new Added(null, error.getKey(), error.getValue());
    }
    SubscriptionRequest request = parsed.request();
    if (!known(List.of(request.email())).isEmpty()) {
      return new Added(null, "email", "adminSubscribers.add.known");
    }
    if (!suppressed(List.of(Subscriber.hashEmail(request.email()))).isEmpty()) {
      return new Added(null, "email", "adminSubscribers.add.suppressed");
    }
    Subscriber subscriber = subscriptions.register(request, ConsentSource.ADMIN);
    audit.record("subscriber.add", "Subscriber", subscriber.getId(), null);
    return new Added(SubscriberRow.of(subscriber), null, null);
  }

  public void unsubscribe(long id) {
    subscriptions.unsubscribe(id, ConsentSource.ADMIN);
    audit.record("subscriber.unsubscribe", "Subscriber", id, null);
  }

  /** Deletes the subscriber's personal data; the address stays suppressed, by hash. */
  public void erase(long id) {
    subscriptions.erase(id, ConsentSource.ADMIN);
    audit.record("subscriber.erase", "Subscriber", id, null);
  }

  /**
   * Sends a pending subscriber a fresh opt-in mail.
   *
   * @return whether one went out (not if they are no longer pending)
   */
  public boolean resendConfirmation(long id) {
    boolean sent = subscriptions.sendConfirmation(id);
    if (sent) {
      audit.record("subscriber.resendConfirmation", "Subscriber", id, null);
    }
    return sent;
  }

  /**
   * Writes the subscribers matching {@code filter} as CSV (see {@link CsvWriter}), by id, a chunk
   * at a time: rows added or removed meanwhile shift nothing.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void export(SubscriberFilter filter, OutputStream out) throws IOException {
    ZoneId zone = ZoneId.of(timeZone);
    CsvWriter csv = CsvWriter.open(out);
    csv.row(
        List.of(
            "email",
            "name",
            "status",
            "language",
            "topics",
            "created",
            "confirmed",
            "unsubscribed"));
    long lastId = 0;
    while (true) {
      CriteriaBuilder cb = em.getCriteriaBuilder();
      CriteriaQuery<Subscriber> query = cb.createQuery(Subscriber.class);
      Root<Subscriber> subscriber = query.from(Subscriber.class);
      List<Predicate> conditions =
          new ArrayList<>(List.of(matching(filter, cb, query, subscriber)));
      conditions.add(cb.greaterThan(subscriber.get("id"), lastId));
      query.where(conditions.toArray(new Predicate[0])).orderBy(cb.asc(subscriber.get("id")));
      List<Subscriber> chunk = em.createQuery(query).setMaxResults(EXPORT_CHUNK).getResultList();
      if (chunk.isEmpty()) {
        break;
      }
      Map<Long, String> topics = topicSlugs(chunk);
      for (Subscriber row : chunk) {
        csv.row(
            Arrays.asList(
                row.getEmail(),
                row.getName(),
                row.getStatus().name(),
                row.getLanguage().code(),
                topics.getOrDefault(row.getId(), ""),
                time(row.getCreatedAt(), zone),
                time(row.getConfirmedAt(), zone),
                time(row.getUnsubscribedAt(), zone)));
      }
      lastId = chunk.get(chunk.size() - 1).getId();
      csv.flush();
      em.clear();
    }
    csv.flush();
  }

  /** Which of {@code emails} (normalised) are subscribers already. */
  Set<String> known(Collection<String> emails) {
    return em.createNamedQuery(Subscriber.FIND_KNOWN_EMAILS, String.class)
        .setParameter("emails", emails)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  /** Which of {@code hashes} are on the suppression list. */
  Set<String> suppressed(Collection<String> hashes) {
    return em.createNamedQuery(SuppressedAddress.FIND_SUPPRESSED_HASHES, String.class)
        .setParameter("emailHashes", hashes)
        .getResultStream()
        .collect(Collectors.toSet());
  }

  /** The topics of each subscriber of {@code chunk}, as slugs joined by {@code |}: one query. */
  private Map<Long, String> topicSlugs(List<Subscriber> chunk) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<Subscriber> subscriber = query.from(Subscriber.class);
    var topic = subscriber.<Subscriber, Section>join("topics");
    query
        .multiselect(subscriber.get("id"), topic.get("slug"))
        .where(subscriber.get("id").in(chunk.stream().map(Subscriber::getId).toList()));
    Map<Long, TreeSet<String>> slugs = new HashMap<>();
    em.createQuery(query)
        .getResultList()
        .forEach(
            row ->
                slugs.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
    Map<Long, String> joined = new HashMap<>();
    slugs.forEach((id, names) -> joined.put(id, String.join("|", names)));
    return joined;
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : EXPORT_TIME.format(instant.atZone(zone));
  }

  private Predicate[] matching(
      SubscriberFilter filter, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Subscriber> s) {
    List<Predicate> conditions = new ArrayList<>();
    if (filter.status() != null) {
      conditions.add(cb.equal(s.get("status"), filter.status()));
    }
    if (filter.language() != null) {
      conditions.add(cb.equal(s.get("language"), filter.language()));
    }
    if (filter.topicId() != null) {
      // One topic asked for, so the join yields each subscriber once at most.
      conditions.add(cb.equal(s.join("topics").get("id"), filter.topicId()));
    }
    if (filter.from() != null) {
      conditions.add(cb.greaterThanOrEqualTo(s.get("createdAt"), filter.from()));
    }
    if (filter.until() != null) {
      conditions.add(cb.lessThan(s.get("createdAt"), filter.until()));
    }
    if (filter.text() != null) {
      String pattern = "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%";
      conditions.add(
          cb.or(
              cb.like(s.<String>get("email"), pattern, '\\'),
              cb.like(cb.lower(s.<String>get("name")), pattern, '\\')));
    }
    return conditions.toArray(new Predicate[0]);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
