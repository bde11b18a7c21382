package app.tribune.newsletter;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.persistence.Associations;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.section.Section;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A newsletter subscriber. Status changes go through the methods here, which keep the dates right;
 * each is meant to be paired with a {@link ConsentEvent} by the service.
 */
@Entity
@Table(name = "subscriber")
@SequenceGenerator(name = "subscriber_seq", sequenceName = "subscriber_seq", allocationSize = 50)
@NamedQuery(
    name = Subscriber.FIND_BY_EMAIL,
    query = "SELECT s FROM Subscriber s WHERE s.email = :email")
@NamedQuery(
    name = Subscriber.FIND_BY_CONFIRMATION_TOKEN_HASH,
    query = "SELECT s FROM Subscriber s WHERE s.confirmationTokenHash = :tokenHash")
@NamedQuery(
    name = Subscriber.FIND_CONFIRMED_AFTER,
    query =
        "SELECT s FROM Subscriber s"
            + " WHERE s.status = app.tribune.newsletter.SubscriberStatus.CONFIRMED"
            + " AND s.id > :lastId ORDER BY s.id")
@NamedQuery(
    name = Subscriber.FIND_UNCONFIRMED_EXPIRED,
    query =
        "SELECT s FROM Subscriber s"
            + " WHERE s.status = app.tribune.newsletter.SubscriberStatus.PENDING"
            + " AND s.confirmationExpiresAt < :now ORDER BY s.id")
@NamedQuery(
    name = Subscriber.DELETE_UNCONFIRMED_BEFORE,
    query =
        "DELETE FROM Subscriber s"
            + " WHERE s.status = app.tribune.newsletter.SubscriberStatus.PENDING"
            + " AND s.createdAt < :before")
@NamedQuery(
    name = Subscriber.COUNT_BY_STATUS,
    query = "SELECT s.status, COUNT(s) FROM Subscriber s GROUP BY s.status")
@NamedQuery(
    name = Subscriber.COUNT_CONFIRMED,
    query =
        "SELECT COUNT(s) FROM Subscriber s"
            + " WHERE s.status = app.tribune.newsletter.SubscriberStatus.CONFIRMED")
@NamedQuery(
    name = Subscriber.FIND_KNOWN_EMAILS,
    query = "SELECT s.email FROM Subscriber s WHERE s.email IN :emails")
@NamedQuery(
    name = Subscriber.FIND_CONFIRMATION_DATES,
    query =
        "SELECT s.confirmedAt, s.unsubscribedAt FROM Subscriber s"
            + " WHERE s.confirmedAt IS NOT NULL"
            + " AND (s.unsubscribedAt IS NULL OR s.unsubscribedAt >= :since)")
public class Subscriber {

  /** The subscriber for {@code email}, which must be given {@link #normalise normalised}. */
  public static final String FIND_BY_EMAIL = "Subscriber.findByEmail";

  public static final String FIND_BY_CONFIRMATION_TOKEN_HASH =
      "Subscriber.findByConfirmationTokenHash";

  /** Confirmed subscribers by id after {@code lastId}: the keyset reader for recipients. */
  public static final String FIND_CONFIRMED_AFTER = "Subscriber.findConfirmedAfter";

  /** Subscribers who never confirmed before their link expired ({@code now}), for cleanup. */
  public static final String FIND_UNCONFIRMED_EXPIRED = "Subscriber.findUnconfirmedExpired";

  /**
   * Deletes the subscriptions made before {@code before} and never confirmed; their consent events
   * stay, unlinked, as the proof of what happened.
   */
  public static final String DELETE_UNCONFIRMED_BEFORE = "Subscriber.deleteUnconfirmedBefore";

  /** Rows of (status, count). */
  public static final String COUNT_BY_STATUS = "Subscriber.countByStatus";

  public static final String COUNT_CONFIRMED = "Subscriber.countConfirmed";

  /** Which of {@code emails} (normalised) are already subscribers: an import's check. */
  public static final String FIND_KNOWN_EMAILS = "Subscriber.findKnownEmails";

  /**
   * Rows of (confirmed at, unsubscribed at) of those who confirmed and had not left before {@code
   * since}: what the growth chart is drawn from.
   */
  public static final String FIND_CONFIRMATION_DATES = "Subscriber.findConfirmationDates";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Email
  @Size(max = 254)
  @Column(name = "email", nullable = false, unique = true, length = 254)
  private String email;

  @Size(max = 120)
  @Column(name = "name", length = 120)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private SubscriberStatus status = SubscriberStatus.PENDING;

  @NotNull
  @Column(name = "language", nullable = false, length = 2)
  private Language language = Language.FR;

  /** Sections the subscriber wants news from; none means everything. */
  @ManyToMany
  @JoinTable(
      name = "subscriber_topic",
      joinColumns = @JoinColumn(name = "subscriber_id"),
      inverseJoinColumns = @JoinColumn(name = "section_id"))
  private Set<Section> topics = new HashSet<>();

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "unsubscribed_at")
  private Instant unsubscribedAt;

  /** Temporary delivery failures in a row: since the last mail known to have arrived. */
  @Column(name = "soft_bounce_count", nullable = false)
  private int softBounceCount;

  /** SHA-256 of the confirmation token mailed out; the token itself is never stored. */
  @Size(max = 64)
  @Column(name = "confirmation_token_hash", length = 64)
  private String confirmationTokenHash;

  @Column(name = "confirmation_expires_at")
  private Instant confirmationExpiresAt;

  @NotNull
  @Column(name = "last_change_at", nullable = false)
  private Instant lastChangeAt;

  protected Subscriber() {}

  /** A new, unconfirmed subscriber. */
  public Subscriber(String email, Language language, Instant now) {
    this.email = normalise(email);
    this.language = language;
    this.createdAt = now;
    this.lastChangeAt = now;
  }

  /** The form addresses are stored, compared and hashed in: trimmed and lower-case. */
  public static String normalise(String email) {
    if (email == null) {
      throw new IllegalArgumentException("No e-mail address given");
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The SHA-256 of the normalised address, lower-case hexadecimal: lets consent records and the
   * suppression list recognise an address without keeping it.
   */
  public static String hashEmail(String email) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(normalise(email).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  // ----- rules

  /**
   * Starts (or restarts) double opt-in: the subscriber is pending until the link is followed.
   *
   * @param tokenHash SHA-256 of the token in the confirmation link
   * @throws RuleViolationException if the subscriber is already confirmed
   */
  public void requestConfirmation(String tokenHash, Instant expiresAt, Instant now) {
    if (status == SubscriberStatus.CONFIRMED) {
      throw new RuleViolationException(
          "subscriber.alreadyConfirmed", "The subscription is already confirmed");
    }
    status = SubscriberStatus.PENDING;
    confirmationTokenHash = tokenHash;
    confirmationExpiresAt = expiresAt;
    softBounceCount = 0;
    lastChangeAt = now;
  }

  /**
   * Confirms the subscription. Confirming twice (a link followed again) changes nothing.
   *
   * @throws RuleViolationException if the subscriber is not pending or the link has expired
   */
  public void confirm(Instant now) {
    if (status == SubscriberStatus.CONFIRMED) {
      return;
    }
    if (status != SubscriberStatus.PENDING) {
      throw new RuleViolationException(
          "subscriber.notPending", "Only a pending subscription can be confirmed", status);
    }
    if (confirmationExpiresAt != null && now.isAfter(confirmationExpiresAt)) {
      throw new RuleViolationException(
          "subscriber.confirmationExpired", "The confirmation link has expired");
    }
    status = SubscriberStatus.CONFIRMED;
    confirmedAt = now;
    unsubscribedAt = null;
    confirmationTokenHash = null;
    confirmationExpiresAt = null;
    lastChangeAt = now;
  }

  /**
   * Ends the subscription. Never refused, so one-click unsubscribe always works; a bounced or
   * complained address keeps its stronger status.
   */
  public void unsubscribe(Instant now) {
    if (status == SubscriberStatus.PENDING || status == SubscriberStatus.CONFIRMED) {
      status = SubscriberStatus.UNSUBSCRIBED;
      unsubscribedAt = now;
      confirmationTokenHash = null;
      confirmationExpiresAt = null;
      lastChangeAt = now;
    }
  }

  /** The address does not accept mail; a complaint, being stronger, is kept. */
  public void markBounced(Instant now) {
    if (status != SubscriberStatus.COMPLAINED && status != SubscriberStatus.BOUNCED) {
      status = SubscriberStatus.BOUNCED;
      lastChangeAt = now;
    }
  }

  /** The recipient reported a mail as spam: they get nothing more. */
  public void markComplained(Instant now) {
    if (status != SubscriberStatus.COMPLAINED) {
      status = SubscriberStatus.COMPLAINED;
      lastChangeAt = now;
    }
  }

  /**
   * Counts the temporary failure of {@code returned}, a mail sent to this subscriber. Failures
   * count in a row: if the mail sent before it came back from nobody, that one was delivered and
   * the count starts again. Only a later report can tell, since the mail server that accepts a mail
   * may still return it days later. Several reports on the same mail count once.
   *
   * @param previous the subscriber's delivery sent just before {@code returned}, if any
   * @return whether this failure made the subscriber bounced
   */
  public boolean recordSoftBounce(
      Delivery returned, Optional<Delivery> previous, int threshold, Instant now) {
    if (!returned.recordSoftBounce(now)) {
      return false;
    }
    if (previous.filter(Delivery::isDelivered).isPresent()) {
      recordDelivered();
    }
    return recordSoftBounce(threshold, now);
  }

  /**
   * Counts a temporary delivery failure of a mail that cannot be told apart from the others (a
   * report quoting no known Message-ID); at the threshold the address counts as bounced.
   *
   * @return whether this failure made the subscriber bounced
   */
  public boolean recordSoftBounce(int threshold, Instant now) {
    softBounceCount++;
    if (softBounceCount >= threshold
        && (status == SubscriberStatus.CONFIRMED || status == SubscriberStatus.PENDING)) {
      markBounced(now);
      return true;
    }
    return false;
  }

  /** A mail got through, so earlier temporary failures no longer count. */
  void recordDelivered() {
    softBounceCount = 0;
  }

  /** Whether issues may be sent to this subscriber. */
  public boolean canReceive() {
    return status == SubscriberStatus.CONFIRMED;
  }

  /** Whether news from a section interests the subscriber: all does when no topic was chosen. */
  public boolean wantsTopic(Section section) {
    return topics.isEmpty() || topics.contains(section);
  }

  /** Records a change of name, language or topics made by the subscriber or an editor. */
  public void markChanged(Instant now) {
    lastChangeAt = now;
  }

  // ----- accessors

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null || name.isBlank() ? null : name.strip();
  }

  public SubscriberStatus getStatus() {
    return status;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Set<Section> getTopics() {
    return topics;
  }

  public void setTopics(Collection<Section> topics) {
    Associations.replace(this.topics, topics);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getUnsubscribedAt() {
    return unsubscribedAt;
  }

  public int getSoftBounceCount() {
    return softBounceCount;
  }

  public String getConfirmationTokenHash() {
    return confirmationTokenHash;
  }

  public Instant getConfirmationExpiresAt() {
    return confirmationExpiresAt;
  }

  public Instant getLastChangeAt() {
    return lastChangeAt;
  }
}
