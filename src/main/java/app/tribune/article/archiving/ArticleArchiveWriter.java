package app.tribune.article.archiving;

import app.tribune.article.Article;
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
import java.io.Serializable;
import java.time.Instant;
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
      int moved =
          em.createNamedQuery(Article.ARCHIVE_BY_IDS)
              .setParameter("now", Instant.now())
              .setParameter("ids", articles.stream().map(ArchivableArticle::id).toList())
              .executeUpdate();
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

  private void report() {
    String status = (isDryRun() ? WOULD_ARCHIVE : ARCHIVED) + total;
    step.setExitStatus(status);
    job.setExitStatus(status);
  }

  private boolean isDryRun() {
    return Boolean.parseBoolean(dryRun);
  }
}
