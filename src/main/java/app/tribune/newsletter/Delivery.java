package app.tribune.newsletter;

import app.tribune.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The sending of one issue to one subscriber. A sender claims the row before talking to the mail
 * server; because only a pending row can be claimed, a restarted or concurrent send never mails
 * anyone twice. The optimistic lock makes two nodes' claims of the same row collide.
 */
@Entity
@Table(name = "delivery")
@SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
@NamedQuery(
    name = Delivery.FIND_PENDING_AFTER,
    query =
        "SELECT d FROM Delivery d WHERE d.issue = :issue"
            + " AND d.status = app.tribune.newsletter.DeliveryStatus.PENDING"
            + " AND d.id > :lastId ORDER BY d.id")
@NamedQuery(
    name = Delivery.CLAIM,
    query =
        "UPDATE Delivery d SET d.status = app.tribune.newsletter.DeliveryStatus.SENDING,"
            + " d.claimedAt = :now, d.attempts = d.attempts + 1, d.version = d.version + 1"
            + " WHERE d.id = :id AND d.status = app.tribune.newsletter.DeliveryStatus.PENDING")
@NamedQuery(
    name = Delivery.COUNT_BY_STATUS,
    query = "SELECT d.status, COUNT(d) FROM Delivery d WHERE d.issue = :issue GROUP BY d.status")
@NamedQuery(
    name = Delivery.DELETE_OF_ISSUE,
    query = "DELETE FROM Delivery d WHERE d.issue = :issue")
@NamedQuery(
    name = Delivery.FIND_BY_ISSUE_NUMBER_AND_SUBSCRIBER,
    query =
        "SELECT d FROM Delivery d WHERE d.issue.number = :number"
            + " AND d.subscriber.id = :subscriberId")
@NamedQuery(
    name = Delivery.FIND_BY_ISSUE_AND_SUBSCRIBER,
    query = "SELECT d FROM Delivery d WHERE d.issue = :issue AND d.subscriber = :subscriber")
@NamedQuery(
    name = Delivery.FIND_STALE_CLAIMS,
    query =
        "SELECT d FROM Delivery d WHERE d.issue = :issue"
            + " AND d.status = app.tribune.newsletter.DeliveryStatus.SENDING"
            + " AND d.claimedAt < :claimedBefore ORDER BY d.id")
@NamedQuery(
    name = Delivery.ERASE_EMAIL,
    query = "UPDATE Delivery d SET d.email = :replacement WHERE d.subscriber = :subscriber")
@NamedQuery(
    name = Delivery.FIND_BY_SUBSCRIBER,
    query =
        "SELECT d FROM Delivery d JOIN FETCH d.issue WHERE d.subscriber = :subscriber"
            + " ORDER BY d.createdAt DESC, d.id DESC")
public class Delivery {

  /** Pending deliveries of {@code issue} by id after {@code lastId}: the sender's keyset reader. */
  public static final String FIND_PENDING_AFTER = "Delivery.findPendingAfter";

  /**
   * Claims the pending delivery {@code id} at {@code now} in one statement: an update count of 1
   * means this node owns it, 0 that someone else got there first.
   */
  public static final String CLAIM = "Delivery.claim";

  /** Rows of (status, count) for {@code issue}. */
  public static final String COUNT_BY_STATUS = "Delivery.countByStatus";

  /** Deletes the delivery rows of {@code issue}, once its counts hold what they say. */
  public static final String DELETE_OF_ISSUE = "Delivery.deleteOfIssue";

  /**
   * The delivery a bounce report refers to, by the issue number and subscriber its Message-ID names
   * (see {@code MessageIds}).
   */
  public static final String FIND_BY_ISSUE_NUMBER_AND_SUBSCRIBER =
      "Delivery.findByIssueNumberAndSubscriber";

  public static final String FIND_BY_ISSUE_AND_SUBSCRIBER = "Delivery.findByIssueAndSubscriber";

  /**
   * Deliveries of {@code issue} claimed before {@code claimedBefore} and never finished: the sender
   * died mid-send, and whether the mail left is unknown, so a person decides.
   */
  public static final String FIND_STALE_CLAIMS = "Delivery.findStaleClaims";

  /**
   * Replaces the address copied into {@code subscriber}'s deliveries by {@code replacement}, before
   * the subscriber is erased and the rows lose their link to them.
   */
  public static final String ERASE_EMAIL = "Delivery.eraseEmail";

  /** A subscriber's deliveries with their issues, newest first: the subscriber's record. */
  public static final String FIND_BY_SUBSCRIBER = "Delivery.findBySubscriber";

  /** Longest error text kept; the column is this wide. */
  public static final int MAX_ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issue_id", nullable = false, updatable = false)
  private NewsletterIssue issue;

  // Set to null by the database when the subscriber is erased.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscriber_id", updatable = false)
  private Subscriber subscriber;

  /** The address as it was when the issue was sent. */
  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private DeliveryStatus status = DeliveryStatus.PENDING;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "message_id", length = 255)
  private String messageId;

  @Column(name = "last_error", length = MAX_ERROR_LENGTH)
  private String lastError;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** When a report said the mail could not be delivered for now; {@code null} if none did. */
  @Column(name = "soft_bounced_at")
  private Instant softBouncedAt;

  protected Delivery() {}

  public Delivery(NewsletterIssue issue, Subscriber subscriber, Instant now) {
    this.issue = issue;
    this.subscriber = subscriber;
    this.email = subscriber.getEmail();
    this.createdAt = now;
  }

  /**
   * Takes the delivery for sending.
   *
   * @throws RuleViolationException unless it is pending: someone else has it, or it is done
   */
  public void claim(Instant now) {
    requireStatus(DeliveryStatus.PENDING, DeliveryStatus.SENDING);
    status = DeliveryStatus.SENDING;
    claimedAt = now;
    attempts++;
  }

  /** The mail server accepted the message. */
  public void markSent(String sentMessageId, Instant now) {
    requireStatus(DeliveryStatus.SENDING, DeliveryStatus.SENT);
    status = DeliveryStatus.SENT;
    messageId = sentMessageId;
    sentAt = now;
    lastError = null;
  }

  /**
   * Sending failed. A temporary failure puts the delivery back in the queue for another attempt; a
   * permanent one ends it.
   */
  public void markFailed(String error, boolean permanent) {
    DeliveryStatus target = permanent ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    requireStatus(DeliveryStatus.SENDING, target);
    status = target;
    lastError =
        error == null || error.length() <= MAX_ERROR_LENGTH
            ? error
            : error.substring(0, MAX_ERROR_LENGTH);
  }

  /** The recipient's server returned the message after accepting it. */
  public void markBounced() {
    requireStatus(DeliveryStatus.SENT, DeliveryStatus.BOUNCED);
    status = DeliveryStatus.BOUNCED;
  }

  /**
   * A report says the mail could not be delivered for now (a soft bounce). The delivery keeps its
   * status: the mail did leave, and may yet arrive.
   *
   * @return whether this is the first such report on this mail; a "delayed" warning followed by the
   *     final failure is one mail returned, not two
   */
  public boolean recordSoftBounce(Instant now) {
    if (softBouncedAt != null) {
      return false;
    }
    softBouncedAt = now;
    return true;
  }

  /** Whether the mail left and nothing came back about it: as far as anyone knows, it arrived. */
  public boolean isDelivered() {
    return status == DeliveryStatus.SENT && softBouncedAt == null;
  }

  /** Not sent, because the recipient can no longer receive (unsubscribed in the meantime…). */
  public void skip() {
    requireStatus(DeliveryStatus.PENDING, DeliveryStatus.SKIPPED);
    status = DeliveryStatus.SKIPPED;
  }

  private void requireStatus(DeliveryStatus required, DeliveryStatus target) {
    if (status != required) {
      throw new RuleViolationException(
          "delivery.transitionNotAllowed",
          "A delivery cannot go from " + status + " to " + target,
          status,
          target);
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public NewsletterIssue getIssue() {
    return issue;
  }

  /** The subscriber, or {@code null} once erased. */
  public Subscriber getSubscriber() {
    return subscriber;
  }

  public String getEmail() {
    return email;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getSoftBouncedAt() {
    return softBouncedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
