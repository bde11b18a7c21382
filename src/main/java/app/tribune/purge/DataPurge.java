package app.tribune.purge;

import app.tribune.audit.AuditEntry;
import app.tribune.audit.AuditLog;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.Subscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** Each kind of purge, in a transaction of its own; each says how many rows went. */
@ApplicationScoped
@Transactional
public class DataPurge {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  /**
   * Deletes the subscriptions made more than {@code age} before {@code now} and never confirmed.
   */
  public int unconfirmedSubscriptions(Instant now, Duration age) {
    int deleted =
        em.createNamedQuery(Subscriber.DELETE_UNCONFIRMED_BEFORE)
            .setParameter("before", now.minus(age))
            .executeUpdate();
    record("purge.subscriptions", deleted);
    return deleted;
  }

  /**
   * Folds the delivery rows of the issues sent more than {@code age} before {@code now} into their
   * counts, then deletes them; one issue at a time, so that memory stays flat.
   *
   * @return the delivery rows deleted
   */
  public int deliveries(Instant now, Period age) {
    int deleted = 0;
    for (NewsletterIssue issue :
        em.createNamedQuery(NewsletterIssue.FIND_SENT_BEFORE_WITH_DELIVERIES, NewsletterIssue.class)
            .setParameter("before", before(now, age))
            .getResultList()) {
      Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);
      for (Object[] row :
          em.createNamedQuery(Delivery.COUNT_BY_STATUS, Object[].class)
              .setParameter("issue", issue)
              .getResultList()) {
        counts.put((DeliveryStatus) row[0], ((Number) row[1]).intValue());
      }
      issue.updateCounts(
          counts.getOrDefault(DeliveryStatus.SENT, 0),
          counts.getOrDefault(DeliveryStatus.FAILED, 0),
          counts.getOrDefault(DeliveryStatus.BOUNCED, 0));
      em.flush();
      deleted +=
          em.createNamedQuery(Delivery.DELETE_OF_ISSUE)
              .setParameter("issue", issue)
              .executeUpdate();
    }
    record("purge.deliveries", deleted);
    return deleted;
  }

  /** Deletes the audit entries written more than {@code retention} before {@code now}. */
  public int auditEntries(Instant now, Period retention) {
    int deleted =
        em.createNamedQuery(AuditEntry.DELETE_BEFORE)
            .setParameter("before", before(now, retention))
            .executeUpdate();
    record("purge.audit", deleted);
    return deleted;
  }

  private void record(String action, int deleted) {
    if (deleted > 0) {
      audit.recordAs(AuditLog.SYSTEM, action, null, null, deleted + " rows");
    }
  }

  private static Instant before(Instant now, Period age) {
    return now.atOffset(ZoneOffset.UTC).minus(age).toInstant();
  }
}
