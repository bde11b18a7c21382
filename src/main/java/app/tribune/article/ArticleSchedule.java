package app.tribune.article;

import app.tribune.audit.AuditLog;
import app.tribune.cluster.SchedulerLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes scheduled articles whose time has come and takes down those whose unpublication time
 * has come. Every node runs it each minute; the {@code scheduler_lock} row lets one of them do the
 * work, so an article is published once however many nodes serve the site.
 */
@ApplicationScoped
public class ArticleSchedule {

  static final String LOCK = "article-schedule";

  /**
   * How long the lock stays taken: less than the minute between runs, so the next run finds it
   * free, and longer than a run takes.
   */
  static final Duration HOLD = Duration.ofSeconds(50);

  private static final System.Logger LOG = System.getLogger(ArticleSchedule.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Event<ArticleChanged> changes;
  @Inject private SchedulerLock lock;

  /**
   * Does what is due at {@code now}, if no other node is doing it.
   *
   * @return how many articles changed, or -1 when another node holds the lock
   */
  @Transactional
  public int runDue(Instant now) {
    if (!lock.take(LOCK, now, HOLD)) {
      return -1;
    }
    int changed = 0;
    for (Article article :
        em.createNamedQuery(Article.FIND_DUE_FOR_PUBLICATION, Article.class)
            .setParameter("now", now)
            .getResultList()) {
      if (article.publishIfDue(now)) {
        done(article, "article.publish", now);
        changed++;
      }
    }
    for (Article article :
        em.createNamedQuery(Article.FIND_DUE_FOR_UNPUBLICATION, Article.class)
            .setParameter("now", now)
            .getResultList()) {
      if (article.unpublishIfDue(now)) {
        done(article, "article.unpublish", now);
        changed++;
      }
    }
    if (changed > 0) {
      LOG.log(Level.INFO, "Scheduled publication changed {0} article(s)", changed);
    }
    return changed;
  }

  private void done(Article article, String action, Instant now) {
    article.markUpdated(AuditLog.SYSTEM, now);
    audit.recordAs(
        AuditLog.SYSTEM, action, ArticleEditing.AUDIT_TYPE, article.getId(), "scheduled");
    changes.fire(ArticleChanged.saved(article.getId()));
  }
}
