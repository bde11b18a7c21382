package app.tribune.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address that must not be mailed, known by its hash only: imports and admin additions are
 * checked against it, so an erased or complaining person is not signed up again by someone else.
 */
@Entity
@Table(name = "suppressed_address")
@SequenceGenerator(
    name = "suppressed_address_seq",
    sequenceName = "suppressed_address_seq",
    allocationSize = 50)
@NamedQuery(
    name = SuppressedAddress.FIND_BY_EMAIL_HASH,
    query = "SELECT s FROM SuppressedAddress s WHERE s.emailHash = :emailHash")
@NamedQuery(
    name = SuppressedAddress.COUNT_BY_EMAIL_HASH,
    query = "SELECT COUNT(s) FROM SuppressedAddress s WHERE s.emailHash = :emailHash")
@NamedQuery(
    name = SuppressedAddress.FIND_SUPPRESSED_HASHES,
    query = "SELECT s.emailHash FROM SuppressedAddress s WHERE s.emailHash IN :emailHashes")
public class SuppressedAddress {

  /** Takes {@code emailHash}, computed with {@link Subscriber#hashEmail}. */
  public static final String FIND_BY_EMAIL_HASH = "SuppressedAddress.findByEmailHash";

  public static final String COUNT_BY_EMAIL_HASH = "SuppressedAddress.countByEmailHash";

  /** Which of {@code emailHashes} are suppressed: an import's check. */
  public static final String FIND_SUPPRESSED_HASHES = "SuppressedAddress.findSuppressedHashes";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suppressed_address_seq")
  private Long id;

  @Column(name = "email_hash", nullable = false, unique = true, updatable = false, length = 64)
  private String emailHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, updatable = false, length = 20)
  private SuppressionReason reason;

  @Column(name = "suppressed_at", nullable = false, updatable = false)
  private Instant at;

  protected SuppressedAddress() {}

  public static SuppressedAddress of(String email, SuppressionReason reason, Instant at) {
    SuppressedAddress suppressed = new SuppressedAddress();
    suppressed.emailHash = Subscriber.hashEmail(email);
    suppressed.reason = reason;
    suppressed.at = at;
    return suppressed;
  }

  public Long getId() {
    return id;
  }

  public String getEmailHash() {
    return emailHash;
  }

  public SuppressionReason getReason() {
    return reason;
  }

  public Instant getAt() {
    return at;
  }
}
