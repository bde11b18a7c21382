package app.tribune.article.archiving;

import app.tribune.article.ArticleEditing;
import app.tribune.audit.AuditLog;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Archives a chunk of articles with one UPDATE, in the chunk's transaction, and fires one {@link
 * ArticlesArchived} for it. On a dry run it changes nothing and logs what would move. The step's
 * exit status says how many moved (or would), counted across restarts.
 */
@Named
@Dependent
public class ArticleArchiveWriter extends AbstractItemWriter {

  static final String ARCHIVED = "ARCHIVED ";
  static final String WOULD_ARCHIVE = "WOULD_ARCHIVE ";

  private static final Logger LOG = Logger.getLogger(ArticleArchiveWriter.class.getName());

  @Inject
  @BatchProperty(name = "dryRun")
  String dryRun;

  @PersistenceContext private EntityManager em;
  @Inject private Event<ArticlesArchived> archived;
  @Inject private AuditLog audit;
  @Inject private StepContext step;
  @Inject private JobContext job;

  private long total;

  @Override
  public void open(Serializable checkpoint) {
    Serializable kept = step.getPersistentUserData();
    total = kept == null ? 0 : (Long) kept;
    report();
  }

  @Override
  public void writeItems(List<Object> items) {
    List<ArchivableArticle> articles = items.stream().map(ArchivableArticle.class::cast).toList();
    if (isDryRun()) {
      articles.forEach(
          article ->
              LOG.log(
                  Level.INFO,
                  "Dry run: would archive article {0} ({1}, {2}, published {3})",
                  new Object[] {
                    article.id(), article.slug(), article.type(), article.publishedAt()
                  }));
      total += articles.size();
    } else {
      int moved = archive(articles, Instant.now());
      if (moved > 0) {
        audit.recordAs(
            AuditLog.SYSTEM,
            "article.archive",
            ArticleEditing.AUDIT_TYPE,
            null,
            "archive-articles: "
                + moved
                + " articles, ids "
                + articles.get(0).id()
                + " to "
                + articles.get(articles.size() - 1).id());
        archived.fire(new ArticlesArchived(moved));
      }
      total += moved;
    }
    step.setPersistentUserData(total);
    report();
  }

  /**
   * One UPDATE for the chunk, which archives only what is still published and unpinned: an editor
   * may have pinned or unpublished an article since it was read. SQL with every value bound, as
   * EclipseLink writes the literals of a JPQL bulk update into the statement (a boolean as 0, which
   * H2 refuses).
   */
  private int archive(List<ArchivableArticle> articles, Instant now) {
    StringBuilder sql =
        new StringBuilder(
            "UPDATE article SET status = 'ARCHIVED', archived_at = ?1, version = version + 1"
                + " WHERE status = 'PUBLISHED' AND pinned = FALSE AND id IN (");
    for (int i = 0; i < articles.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    Query update = em.createNativeQuery(sql.append(')').toString());
    update.setParameter(1, now.atOffset(ZoneOffset.UTC));
    for (int i = 0; i < articles.size(); i++) {
      update.setParameter(i + 2, articles.get(i).id());
    }
    return update.executeUpdate();
  }

  private void report() {
    String status = (isDryRun() ? WOULD_ARCHIVE : ARCHIVED) + total;
    step.setExitStatus(status);
    job.setExitStatus(status);
  }

  private boolean isDryRun() {
    return Boolean.parseBoolean(dryRun);
  }
}
