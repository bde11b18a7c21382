package app.tribune.newsletter.composing;

import app.tribune.cluster.SchedulerLock;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.sending.NewsletterSending;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the issues whose planned sending time has come, at the start of every minute. Every node
 * runs it; the {@code scheduler_lock} row lets one of them look, and the sending's own conditional
 * start (READY to SENDING in one statement) would keep a second start from making a second run
 * anyway. Not persistent: a minute missed while no node ran is caught up by the next one.
 */
@Singleton
public class ScheduledSends {

  static final String LOCK = "newsletter-schedule";

  /** Shorter than the minute between runs, longer than starting a few issues takes. */
  static final Duration HOLD = Duration.ofSeconds(50);

  private static final Logger LOG = Logger.getLogger(ScheduledSends.class.getName());

  @Inject private SchedulerLock lock;
  @Inject private NewsletterSending sending;
  @PersistenceContext private EntityManager em;

  // Outside a transaction: the lock commits at once, and each start launches a job that must see
  // the issue as its start left it.
  @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMinute() {
    try {
      startDue(Instant.now());
    } catch (RuntimeException failed) {
      // A failed minute must not cancel the timer; the next minute tries again.
      LOG.log(Level.WARNING, "Scheduled newsletter sends failed; retrying next minute", failed);
    }
  }

  private void startDue(Instant now) {
    if (!lock.take(LOCK, now, HOLD)) {
      return;
    }
    List<Long> due =
        em.createNamedQuery(NewsletterIssue.FIND_DUE, NewsletterIssue.class)
            .setParameter("now", now)
            .getResultStream()
            .map(NewsletterIssue::getId)
            .toList();
    for (Long issueId : due) {
      try {
        if (sending.startAutomatically(issueId)) {
          LOG.log(Level.INFO, "Newsletter issue {0}: scheduled send started", issueId);
        }
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, failed, () -> "The scheduled send of issue " + issueId + " failed");
      }
    }
  }
}
