package app.tribune.cluster;

import app.tribune.article.ArticleChanged;
import app.tribune.platform.cache.ContentChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One committed content change, as the other nodes read it. */
@Entity
@Table(name = "content_change")
@SequenceGenerator(
    name = "content_change_seq",
    sequenceName = "content_change_seq",
    allocationSize = 50)
@NamedQuery(
    name = ChangeRecord.FROM_OTHERS_SINCE,
    query =
        "SELECT c FROM ChangeRecord c WHERE c.node <> :node AND c.recordedAt > :since"
            + " ORDER BY c.recordedAt, c.id")
@NamedQuery(
    name = ChangeRecord.DELETE_BEFORE,
    query = "DELETE FROM ChangeRecord c WHERE c.recordedAt < :before")
public class ChangeRecord {

  /** Changes recorded by nodes other than {@code node} after {@code since}, oldest first. */
  public static final String FROM_OTHERS_SINCE = "ChangeRecord.fromOthersSince";

  public static final String DELETE_BEFORE = "ChangeRecord.deleteBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_change_seq")
  private Long id;

  @Column(name = "node", nullable = false, length = 64)
  private String node;

  /** The article concerned, or {@code null} for any other content. */
  @Column(name = "article_id")
  private Long articleId;

  @Column(name = "article_deleted", nullable = false)
  private boolean articleDeleted;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ChangeRecord() {}

  /** What {@code node} records of a change it is committing. */
  static ChangeRecord of(String node, ContentChange change, Instant now) {
    ChangeRecord record = new ChangeRecord();
    record.node = node;
    record.recordedAt = now;
    if (change instanceof ArticleChanged article) {
      record.articleId = article.articleId();
      record.articleDeleted = article.kind() == ArticleChanged.Kind.DELETED;
    }
    return record;
  }

  /** The article change to replay on another node; nothing when the change was not an article's. */
  Optional<ArticleChanged> articleChange() {
    if (articleId == null) {
      return Optional.empty();
    }
    return Optional.of(
        articleDeleted ? ArticleChanged.deleted(articleId) : ArticleChanged.saved(articleId));
  }

  public Long getId() {
    return id;
  }

  public String getNode() {
    return node;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
