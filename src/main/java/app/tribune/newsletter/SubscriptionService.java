package app.tribune.newsletter;

import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.newsletter.SignedTokens.Verification;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.site.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What a reader and a subscriber do themselves: ask to subscribe, confirm, change their
 * preferences, leave, get their data, be forgotten. Every change of consent leaves a {@link
 * ConsentEvent}; every answer a visitor sees is the same whether or not the address was known.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

  private static final Logger LOG = Logger.getLogger(SubscriptionService.class.getName());

  /**
   * The version of the consent sentence shown beside the form ({@code newsletter.consent} in the
   * bundles, with the privacy page it links to). Change it whenever that text changes, so each
   * record says what its subscriber agreed to.
   */
  public static final String CONSENT_TEXT_VERSION = "2026-11";

  /** How long a confirmation link works, in hours; the mail says so. */
  public static final int CONFIRMATION_HOURS = 48;

  private static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(CONFIRMATION_HOURS);
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  /** What following a confirmation link did. */
  public enum Confirmation {
    CONFIRMED,
    EXPIRED,
    /** Forged, already used, or replaced by a newer link. */
    INVALID
  }

  @PersistenceContext private EntityManager em;
  @Inject private SectionService sections;
  @Inject private NewsletterLinks links;
  @Inject private AddressRateLimit rateLimit;
  @Inject private Event<SubscriberMail> mails;
  // Calls through the container, so that a method's own transaction attribute applies.
  @Inject private SubscriptionService self;

  private final Clock clock = Clock.systemUTC();

  /**
   * Starts the double opt-in for a request from the form: a new or pending subscriber (or one who
   * left) gets a confirmation mail; a confirmed one gets a mail saying so, and nothing changes,
   * since whoever typed the address has not shown they own it. Past the rate limit for the address,
   * nothing happens at all. The caller answers the same in every case.
   *
   * <p>The same form sent twice at once (a double click) makes two requests race to create the
   * subscriber; the database's unique address lets one win. The loser's request is answered as the
   * winner's is, and sends nothing: the winner's confirmation mail is on its way.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void subscribe(SubscriptionRequest request) {
    if (!rateLimit.tryAcquire(request.email())) {
      LOG.fine("Subscription form sent too often for one address; ignored");
      return;
    }
    try {
      self.subscribeOnce(request);
    } catch (RuntimeException e) {
      if (!isConcurrentTwin(e)) {
        throw e;
      }
      LOG.fine("The same address subscribed twice at once; the first request's mail stands");
    }
  }

  /** {@link #subscribe}'s work, in a transaction of its own so that a duplicate rolls it back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void subscribeOnce(SubscriptionRequest request) {
    Instant now = clock.instant();
    Optional<Subscriber> existing = findByEmail(request.email());
    if (existing.isPresent() && existing.get().getStatus() == SubscriberStatus.CONFIRMED) {
      Subscriber subscriber = existing.get();
      mails.fire(
          mail(
              SubscriberMail.Kind.ALREADY_SUBSCRIBED,
              subscriber,
              links.preferencesUrl(subscriber),
              Map.of(),
              List.of()));
      return;
    }
    Subscriber subscriber =
        existing.orElseGet(
            () -> {
              Subscriber created = new Subscriber(request.email(), request.language(), now);
              em.persist(created);
              // The insert now, not at commit: a concurrent twin fails here, inside the method.
              em.flush();
              return created;
            });
    subscriber.setName(request.name());
    subscriber.setLanguage(request.language());
    subscriber.setTopics(choosable(request.topicIds()));
    record(subscriber, ConsentEventType.REQUESTED, ConsentSource.FORM, now);
    sendConfirmation(subscriber, now);
    // A twin that updated the same pending subscriber first fails here, inside the method.
    em.flush();
  }

  /**
   * Adds a subscriber on someone's behalf (an editor, an import) and mails them the opt-in, as the
   * form would: they are pending until they follow the link. The caller has made sure the address
   * is neither known nor suppressed.
   */
  public Subscriber register(SubscriptionRequest request, ConsentSource source) {
    Instant now = clock.instant();
    Subscriber subscriber = new Subscriber(request.email(), request.language(), now);
    subscriber.setName(request.name());
    subscriber.setTopics(choosable(request.topicIds()));
    em.persist(subscriber);
    em.flush();
    record(subscriber, ConsentEventType.REQUESTED, source, now);
    sendConfirmation(subscriber, now);
    return subscriber;
  }

  /**
   * Mails a pending subscriber a new confirmation link, which replaces the earlier one. Anyone not
   * pending is left alone.
   *
   * @return whether a mail went out
   */
  public boolean sendConfirmation(long subscriberId) {
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber == null || subscriber.getStatus() != SubscriberStatus.PENDING) {
      return false;
    }
    sendConfirmation(subscriber, clock.instant());
    return true;
  }

  private void sendConfirmation(Subscriber subscriber, Instant now) {
    String token = links.tokens().issue(Purpose.CONFIRM, subscriber.getId(), CONFIRMATION_VALIDITY);
    subscriber.requestConfirmation(SignedTokens.hash(token), now.plus(CONFIRMATION_VALIDITY), now);
    mails.fire(
        mail(
            SubscriberMail.Kind.CONFIRM,
            subscriber,
            links.confirmUrl(token, subscriber.getLanguage()),
            Map.of(),
            List.of()));
  }

  /**
   * Whether {@code failure} means another request wrote the same subscriber first: the unique
   * address (SQL state 23505 in H2 and PostgreSQL alike) or the version of a pending subscriber
   * both were updating.
   */
  static boolean isConcurrentTwin(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
          || cause instanceof OptimisticLockException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The subscriber a confirmation link would confirm, if it is genuine, current and unused. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Confirmation checkConfirmation(String token) {
    return pendingFor(token).map(s -> Confirmation.CONFIRMED).orElseGet(() -> failure(token));
  }

  /**
   * Confirms the subscription a link was sent for and mails the welcome. The link works once: the
   * hash it is checked against is cleared.
   */
  public Confirmation confirm(String token) {
    Optional<Subscriber> pending = pendingFor(token);
    if (pending.isEmpty()) {
      return failure(token);
    }
    Subscriber subscriber = pending.get();
    Instant now = clock.instant();
    try {
      subscriber.confirm(now);
    } catch (RuleViolationException e) {
      return Confirmation.EXPIRED;
    }
    // The owner of the address has asked again themselves: an earlier erasure no longer holds.
    em.createNamedQuery(SuppressedAddress.FIND_BY_EMAIL_HASH, SuppressedAddress.class)
        .setParameter("emailHash", Subscriber.hashEmail(subscriber.getEmail()))
        .getResultStream()
        .forEach(em::remove);
    record(subscriber, ConsentEventType.CONFIRMED, ConsentSource.FORM, now);
    mails.fire(
        mail(
            SubscriberMail.Kind.WELCOME,
            subscriber,
            links.preferencesUrl(subscriber),
            links.listUnsubscribeHeaders(subscriber),
            List.of()));
    return Confirmation.CONFIRMED;
  }

  /** The subscriber a preferences or unsubscribe link belongs to, if it is genuine. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Subscriber> findByToken(Purpose purpose, String token) {
    Verification verification = links.tokens().verify(purpose, token);
    if (!verification.valid()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Subscriber.class, verification.subject()));
  }

  /** Sections a subscriber may choose as topics: the active top-level ones, in menu order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Section> topics() {
    return sections.navigation();
  }

  /** Saves the subscriber's own choice of topics and language; records it if anything changed. */
  public void changePreferences(long subscriberId, Set<Long> topicIds, Language language) {
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber == null) {
      return;
    }
    List<Section> topics = choosable(topicIds);
    if (Set.copyOf(topics).equals(subscriber.getTopics()) && language == subscriber.getLanguage()) {
      return;
    }
    Instant now = clock.instant();
    subscriber.setTopics(topics);
    subscriber.setLanguage(language);
    subscriber.markChanged(now);
    record(subscriber, ConsentEventType.PREFERENCES_CHANGED, ConsentSource.FORM, now);
  }

  /**
   * Ends the subscription at once. Doing it twice changes nothing and records nothing more, so a
   * repeated one-click POST is harmless.
   */
  public void unsubscribe(long subscriberId) {
    unsubscribe(subscriberId, ConsentSource.FORM);
  }

  /** Ends the subscription at once, as asked through {@code source}. */
  public void unsubscribe(long subscriberId, ConsentSource source) {
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber == null) {
      return;
    }
    SubscriberStatus before = subscriber.getStatus();
    Instant now = clock.instant();
    subscriber.unsubscribe(now);
    if (subscriber.getStatus() != before) {
      record(subscriber, ConsentEventType.UNSUBSCRIBED, source, now);
    }
  }

  /** Mails the subscriber everything kept about them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void sendData(long subscriberId) {
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber != null) {
      mails.fire(
          mail(
              SubscriberMail.Kind.DATA,
              subscriber,
              links.preferencesUrl(subscriber),
              Map.of(),
              data(subscriber)));
    }
  }

  /**
   * Deletes the subscriber. What remains: the consent records, unlinked and naming the address by
   * hash only, and the hash on the suppression list so no import or editor adds the address back.
   */
  public void erase(long subscriberId) {
    erase(subscriberId, ConsentSource.FORM);
  }

  /** Deletes the subscriber as {@link #erase(long)} does, as asked through {@code source}. */
  public void erase(long subscriberId, ConsentSource source) {
    Subscriber subscriber = em.find(Subscriber.class, subscriberId);
    if (subscriber == null) {
      return;
    }
    Instant now = clock.instant();
    String email = subscriber.getEmail();
    long suppressed =
        em.createNamedQuery(SuppressedAddress.COUNT_BY_EMAIL_HASH, Long.class)
            .setParameter("emailHash", Subscriber.hashEmail(email))
            .getSingleResult();
    if (suppressed == 0) {
      em.persist(SuppressedAddress.of(email, SuppressionReason.ERASED, now));
    }
    // Deliveries stay for the issue's counts, with the address replaced by its hash.
    em.createNamedQuery(Delivery.ERASE_EMAIL)
        .setParameter("replacement", Subscriber.hashEmail(email))
        .setParameter("subscriber", subscriber)
        .executeUpdate();
    em.persist(
        ConsentEvent.forAddress(
            email, ConsentEventType.ERASED, source, CONSENT_TEXT_VERSION, null, now));
    em.remove(subscriber);
  }

  // ----- helpers

  private Optional<Subscriber> findByEmail(String email) {
    return em.createNamedQuery(Subscriber.FIND_BY_EMAIL, Subscriber.class)
        .setParameter("email", Subscriber.normalise(email))
        .getResultStream()
        .findFirst();
  }

  private Optional<Subscriber> pendingFor(String token) {
    Verification verification = links.tokens().verify(Purpose.CONFIRM, token);
    if (!verification.valid()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Subscriber.FIND_BY_CONFIRMATION_TOKEN_HASH, Subscriber.class)
        .setParameter("tokenHash", SignedTokens.hash(token))
        .getResultStream()
        .filter(s -> s.getId() == verification.subject())
        .filter(s -> s.getStatus() == SubscriberStatus.PENDING)
        .findFirst();
  }

  private Confirmation failure(String token) {
    return links.tokens().verify(Purpose.CONFIRM, token).status() == SignedTokens.Status.EXPIRED
        ? Confirmation.EXPIRED
        : Confirmation.INVALID;
  }

  private List<Section> choosable(Set<Long> topicIds) {
    return topics().stream().filter(s -> topicIds.contains(s.getId())).toList();
  }

  private void record(
      Subscriber subscriber, ConsentEventType type, ConsentSource source, Instant now) {
    String detail =
        "language="
            + subscriber.getLanguage().code()
            + "; topics="
            + subscriber.getTopics().stream()
                .map(Section::getSlug)
                .sorted()
                .collect(Collectors.joining(","));
    em.persist(ConsentEvent.of(subscriber, type, source, CONSENT_TEXT_VERSION, detail, now));
  }

  private static SubscriberMail mail(
      SubscriberMail.Kind kind,
      Subscriber subscriber,
      String link,
      Map<String, String> headers,
      List<Map.Entry<String, String>> facts) {
    return new SubscriberMail(
        kind,
        subscriber.getEmail(),
        subscriber.getName(),
        subscriber.getLanguage(),
        link,
        headers,
        facts);
  }

  /** What the "my data" mail lists: every field kept, and the history of consent. */
  private List<Map.Entry<String, String>> data(Subscriber subscriber) {
    Language language = subscriber.getLanguage();
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Formats.datesOf(language.locale()))
            .withZone(ZONE);
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    facts.add(Map.entry("data.email", subscriber.getEmail()));
    facts.add(Map.entry("data.name", Optional.ofNullable(subscriber.getName()).orElse("–")));
    facts.add(
        Map.entry(
            "data.language", NewsletterMails.text(language, "data.language." + language.code())));
    facts.add(
        Map.entry(
            "data.topics",
            subscriber.getTopics().isEmpty()
                ? NewsletterMails.text(language, "data.topics.all")
                : subscriber.getTopics().stream()
                    .map(s -> s.getName(language))
                    .sorted()
                    .collect(Collectors.joining(", "))));
    facts.add(
        Map.entry(
            "data.status",
            NewsletterMails.text(language, "data.status." + subscriber.getStatus().name())));
    facts.add(Map.entry("data.createdAt", format.format(subscriber.getCreatedAt())));
    if (subscriber.getConfirmedAt() != null) {
      facts.add(Map.entry("data.confirmedAt", format.format(subscriber.getConfirmedAt())));
    }
    String history =
        em.createNamedQuery(ConsentEvent.FIND_BY_SUBSCRIBER, ConsentEvent.class)
            .setParameter("subscriber", subscriber)
            .getResultStream()
            .sorted(Comparator.comparing(ConsentEvent::getAt))
            .map(
                e ->
                    format.format(e.getAt())
                        + " – "
                        + NewsletterMails.text(language, "data.event." + e.getType().name()))
            .collect(Collectors.joining("\n"));
    facts.add(Map.entry("data.history", history));
    return facts;
  }
}
