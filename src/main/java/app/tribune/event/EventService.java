package app.tribune.event;

import app.tribune.platform.persistence.ChangeStamp;
import app.tribune.platform.persistence.Listing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

  public Optional<Event> findBySlug(String slug) {
    return em.createNamedQuery(Event.FIND_BY_SLUG, Event.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Events starting in [from, until), soonest first: a month of the agenda. */
  public List<Event> startingBetween(Instant from, Instant until) {
    return em.createNamedQuery(Event.FIND_STARTING_BETWEEN, Event.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultList();
  }

  /** The events of a set of sections (a campaign and its sub-sections) not over yet. */
  public List<Event> upcomingIn(Collection<Long> sectionIds, int limit) {
    return em.createNamedQuery(Event.FIND_UPCOMING_IN_SECTIONS, Event.class)
        .setParameter("sections", sectionIds)
        .setParameter("from", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /** A summary of every event (each has its page, past ones included). */
  public ChangeStamp stamp() {
    return ChangeStamp.fromRow((Object[]) em.createNamedQuery(Event.STAMP_ALL).getSingleResult());
  }

  /** Up to {@code limit} events with an id above {@code afterId}, by id: a keyset page. */
  public List<Listing> listings(long afterId, int limit) {
    return em.createNamedQuery(Event.FIND_LISTINGS, Object[].class)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(Listing::fromRow)
        .toList();
  }
}
