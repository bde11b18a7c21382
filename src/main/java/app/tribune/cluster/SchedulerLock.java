package app.tribune.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Lets one node of the cluster run a periodic job: every node tries, and the one whose conditional
 * update of the job's {@code scheduler_lock} row succeeds does the work. Each job's row is inserted
 * by the migration that introduces the job.
 */
@ApplicationScoped
public class SchedulerLock {

  private static final String NODE =
      ProcessHandle.current().pid() + "@" + System.getProperty("user.name", "tribune");

  @PersistenceContext private EntityManager em;

  /**
   * Takes the lock {@code name} until {@code now + hold} if its last holder's time is up. Joins the
   * caller's transaction, in which the row stays locked until commit; without one, the lock is
   * committed at once and only its time keeps other nodes out.
   *
   * @return whether this node has the lock
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
}
