package app.tribune.cluster;

import app.tribune.platform.cache.ContentChange;
import app.tribune.platform.cache.PageCache;
import app.tribune.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries content changes between the nodes sharing one database. Each change committed here is
 * written to the {@link ChangeLog} in the same transaction; every two seconds ({@link
 * ChangePoller}) each node reads the changes the others wrote, clears its page cache and has its
 * search index read the articles concerned again. On a single node the table only ever holds its
 * own rows, which it never reads back.
 */
@ApplicationScoped
public class ChangeRelay {

  private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

  /**
   * How far back each poll reads. Rows are stamped before their transaction commits and by their
   * own node's clock, so the window covers long transactions and clocks that differ a little.
   */
  static final Duration LOOK_BACK = Duration.ofSeconds(60);

  /** Rows older than this are deleted: a node away for longer starts again with empty caches. */
  static final Duration KEEP = Duration.ofMinutes(10);

  /** This node, for as long as the application runs. */
  private final String node = UUID.randomUUID().toString();

  /** Rows already applied, by id, with when they were; touched by the timer only. */
  private final Map<Long, Instant> applied = new HashMap<>();

  private Instant nextPurge = Instant.EPOCH;

  /** Set once the schema exists: the timer may tick before start-up is over. */
  private volatile boolean started;

  @Inject private ChangeLog log;
  @Inject private PageCache pageCache;
  @Inject private SearchIndex searchIndex;

  /** Starts reading the other nodes' changes; called once the schema exists. */
  public void start() {
    started = true;
  }

  void record(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChange change) {
    log.record(node, change, Instant.now());
  }

  /**
   * Applies the changes other nodes committed lately, each once. Called by one timer, never
   * concurrently, and directly rather than by firing the changes again as events, whose observers
   * would then wait for a commit the timer may not make.
   */
  void poll() {
    if (!started) {
      return;
    }
    Instant now = Instant.now();
    try {
      List<ChangeRecord> fresh =
          log.fromOthersSince(node, now.minus(LOOK_BACK)).stream()
              .filter(row -> applied.putIfAbsent(row.getId(), now) == null)
              .toList();
      fresh.forEach(row -> row.articleChange().ifPresent(searchIndex::follow));
      if (!fresh.isEmpty()) {
        pageCache.clear();
      }
      applied.values().removeIf(at -> at.isBefore(now.minus(LOOK_BACK.multipliedBy(2))));
      if (now.isAfter(nextPurge)) {
        log.purge(now.minus(KEEP));
        nextPurge = now.plus(Duration.ofMinutes(1));
      }
    } catch (RuntimeException e) {
      // A database hiccup must not stop the timer: the next poll reads the same window again.
      LOG.log(Level.WARNING, "Content changes from other nodes could not be applied", e);
    }
  }
}
