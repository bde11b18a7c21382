package app.tribune.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Rows of {@code scheduler_lock}: work that every node is scheduled to do but only one must do
 * takes its row with an UPDATE that matches only when the previous holder's time is up. The
 * database decides between nodes that try at the same moment: one UPDATE counts a row, the others
 * none.
 */
@ApplicationScoped
public class SchedulerLock {

  /** This process, as the rows that nodes share name it: lock holders, job heartbeats. */
  public static final String NODE =
      ProcessHandle.current().pid() + "@" + System.getProperty("user.name", "tribune");

  @PersistenceContext private EntityManager em;

  /**
   * Takes the row {@code name} until {@code now + hold}, if its last holder's time is up. Joins the
   * caller's transaction, so a caller in a transaction keeps the row locked until it commits.
   *
   * @return whether this node now holds it
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean take(String name, Instant now, Duration hold) {
    return em.createNativeQuery(
                "UPDATE scheduler_lock SET locked_until = ?1, locked_by = ?2"
                    + " WHERE name = ?3 AND locked_until < ?4")
            .setParameter(1, now.plus(hold).atOffset(ZoneOffset.UTC))
            .setParameter(2, NODE)
            .setParameter(3, name)
            .setParameter(4, now.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** Hands the row back before its time is up, if this node still holds it. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void release(String name, Instant now) {
    em.createNativeQuery(
            "UPDATE scheduler_lock SET locked_until = ?1 WHERE name = ?2 AND locked_by = ?3")
        .setParameter(1, now.atOffset(ZoneOffset.UTC))
        .setParameter(2, name)
        .setParameter(3, NODE)
        .executeUpdate();
  }
}
