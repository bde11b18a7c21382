package app.tribune.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Events as readers see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** The next events that have not ended yet, soonest first. */
  public List<Event> upcoming(int limit) {
    return em.createNamedQuery(Event.FIND_UPCOMING, Event.class)
        .setParameter("from", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }
}
