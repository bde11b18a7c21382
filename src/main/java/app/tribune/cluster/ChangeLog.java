package app.tribune.cluster;

import app.tribune.platform.cache.ContentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The shared table of recent content changes. */
@ApplicationScoped
public class ChangeLog {

  @PersistenceContext private EntityManager em;

  /** Joins the transaction making the change, so the row exists exactly when the change does. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String node, ContentChange change, Instant now) {
    em.persist(ChangeRecord.of(node, change, now));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChangeRecord> fromOthersSince(String node, Instant since) {
    return em.createNamedQuery(ChangeRecord.FROM_OTHERS_SINCE, ChangeRecord.class)
        .setParameter("node", node)
        .setParameter("since", since)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int purge(Instant before) {
    return em.createNamedQuery(ChangeRecord.DELETE_BEFORE)
        .setParameter("before", before)
        .executeUpdate();
  }
}
