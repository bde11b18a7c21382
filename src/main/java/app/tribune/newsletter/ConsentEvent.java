package app.tribune.newsletter;

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
import java.time.Instant;

/**
 * A line in the record of consent, written once and never changed. It names the address by hash
 * only, and outlives the subscriber: erasing a subscriber leaves the proof of what they had agreed
 * to, no longer linked to them.
 */
@Entity
@Table(name = "consent_event")
@SequenceGenerator(
    name = "consent_event_seq",
    sequenceName = "consent_event_seq",
    allocationSize = 50)
@NamedQuery(
    name = ConsentEvent.FIND_BY_SUBSCRIBER,
    query = "SELECT c FROM ConsentEvent c WHERE c.subscriber = :subscriber ORDER BY c.at, c.id")
@NamedQuery(
    name = ConsentEvent.FIND_BY_EMAIL_HASH,
    query = "SELECT c FROM ConsentEvent c WHERE c.emailHash = :emailHash ORDER BY c.at, c.id")
public class ConsentEvent {

  public static final String FIND_BY_SUBSCRIBER = "ConsentEvent.findBySubscriber";

  /**
   * The history of an address, subscribers since erased included; see {@link Subscriber#hashEmail}.
   */
  public static final String FIND_BY_EMAIL_HASH = "ConsentEvent.findByEmailHash";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_event_seq")
  private Long id;

  // Set to null by the database when the subscriber is erased.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "subscriber_id", updatable = false)
  private Subscriber subscriber;

  @Column(name = "email_hash", nullable = false, updatable = false, length = 64)
  private String emailHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, updatable = false, length = 32)
  private ConsentEventType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 32)
  private ConsentSource source;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "consent_text_version", updatable = false, length = 32)
  private String consentTextVersion;

  @Column(name = "detail", updatable = false, length = 1000)
  private String detail;

  protected ConsentEvent() {}

  /**
   * Records a change to a subscriber's consent.
   *
   * @param consentTextVersion the version of the text the subscriber agreed to, when one was shown
   * @param detail anything worth keeping, such as the topics chosen; at most 1000 characters kept
   */
  public static ConsentEvent of(
      Subscriber subscriber,
      ConsentEventType type,
      ConsentSource source,
      String consentTextVersion,
      String detail,
      Instant at) {
    ConsentEvent event =
        forAddress(subscriber.getEmail(), type, source, consentTextVersion, detail, at);
    event.subscriber = subscriber;
    return event;
  }

  /**
   * Records an event about an address with no subscriber row: one being erased in the same
   * transaction, or one refused because it is suppressed.
   */
  public static ConsentEvent forAddress(
      String email,
      ConsentEventType type,
      ConsentSource source,
      String consentTextVersion,
      String detail,
      Instant at) {
    ConsentEvent event = new ConsentEvent();
    event.emailHash = Subscriber.hashEmail(email);
    event.type = type;
    event.source = source;
    event.consentTextVersion = consentTextVersion;
    event.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    event.at = at;
    return event;
  }

  public Long getId() {
    return id;
  }

  /** The subscriber, or {@code null} once erased. */
  public Subscriber getSubscriber() {
    return subscriber;
  }

  public String getEmailHash() {
    return emailHash;
  }

  public ConsentEventType getType() {
    return type;
  }

  public ConsentSource getSource() {
    return source;
  }

  public Instant getAt() {
    return at;
  }

  public String getConsentTextVersion() {
    return consentTextVersion;
  }

  public String getDetail() {
    return detail;
  }
}
