package app.tribune.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * One recorded action. Entries are written once and never changed; serialisable so a page of them
 * can live in an editor's view state.
 */
@Entity
@Table(name = "audit_entry")
@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
@NamedQuery(
    name = AuditEntry.DELETE_BEFORE,
    query = "DELETE FROM AuditEntry e WHERE e.at < :before")
@NamedQuery(
    name = AuditEntry.FIND_RECENT,
    query = "SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC")
@NamedQuery(
    name = AuditEntry.FIND_BY_TARGET,
    query =
        "SELECT e FROM AuditEntry e WHERE e.targetType = :targetType AND e.targetId = :targetId"
            + " ORDER BY e.at DESC, e.id DESC")
@NamedQuery(
    name = AuditEntry.FIND_BY_ACTOR,
    query = "SELECT e FROM AuditEntry e WHERE e.actor = :actor ORDER BY e.at DESC, e.id DESC")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_RECENT = "AuditEntry.findRecent";

  /** The history of one object, by {@code targetType} and {@code targetId}, latest first. */
  public static final String FIND_BY_TARGET = "AuditEntry.findByTarget";

  public static final String FIND_BY_ACTOR = "AuditEntry.findByActor";
  public static final String COUNT_ALL = "AuditEntry.countAll";

  /** Deletes the entries written before {@code before}: their retention is over. */
  public static final String DELETE_BEFORE = "AuditEntry.deleteBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  private Long id;

  @NotNull
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @NotBlank
  @Size(max = 64)
  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @NotBlank
  @Size(max = 64)
  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Size(max = 64)
  @Column(name = "target_type", updatable = false, length = 64)
  private String targetType;

  @Size(max = 64)
  @Column(name = "target_id", updatable = false, length = 64)
  private String targetId;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Size(max = 64)
  @Column(name = "remote_address", updatable = false, length = 64)
  private String remoteAddress;

  protected AuditEntry() {}

  /**
   * An entry for an action on an object.
   *
   * @param actor the username, or a name such as {@code system} for scheduled work
   * @param action what was done, e.g. {@code article.publish}
   * @param targetType what kind of object, e.g. {@code Article}, or {@code null}
   * @param targetId its id, or another stable key for objects without one
   * @param detail what changed, free text
   * @param remoteAddress the client's address, or {@code null} for scheduled work
   */
  public AuditEntry(
      Instant at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String detail,
      String remoteAddress) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail;
    this.remoteAddress = remoteAddress;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }
}
