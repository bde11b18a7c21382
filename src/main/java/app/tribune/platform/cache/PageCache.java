package app.tribune.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages in memory, bounded by the bytes they hold: when full, the pages read least
 * recently go first. Every content change clears the whole cache. Working out which pages show a
 * changed article (its page, its sections, tags, authors, the home page, the archive, the feeds,
 * every page whose "Lire aussi" lists it...) would be error-prone, whereas rendering the few dozen
 * pages readers actually ask for again costs a few seconds of CPU spread over the next requests.
 *
 * <p>Reading takes no lock: every reader of the site goes through here, and a lock on that path
 * turns into a queue as soon as the thread holding it is descheduled. Only keeping, clearing and
 * evicting, which follow a rendering, take the lock, and it is never held while a page renders. Two
 * readers missing the same page at once both render it and the second copy replaces the first:
 * harmless, and simpler than making one wait for the other.
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  /** No single page may take more than this share of the cache, so one cannot empty it. */
  private static final int MAX_PAGE_SHARE = 16;

  /**
   * How stale a page's last-read time may be. Recording every read would have all readers of one
   * popular page write to the same memory; to the second is precise enough to pick what to evict.
   */
  private static final long READ_TIME_PRECISION_MILLIS = 1000;

  /** A page and when it was last read (epoch milliseconds), which eviction sorts by. */
  private static final class Entry {
    final String key;
    final CachedPage page;
    final long weight;
    volatile long lastRead;

    Entry(String key, CachedPage page, long now) {
      this.key = key;
      this.page = page;
      this.weight = page.weight(key);
      this.lastRead = now;
    }
  }

  private final boolean enabled;
  private final long maxBytes;
  private final Duration timeToLive;
  private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();
  private long bytes;
  private volatile long generation;

  @Inject
  PageCache(
      @ConfigProperty(name = "tribune.page-cache.enabled") boolean enabled,
      @ConfigProperty(name = "tribune.page-cache.max-bytes") long maxBytes,
      @ConfigProperty(name = "tribune.page-cache.time-to-live-seconds") long timeToLiveSeconds) {
    this.enabled = enabled && maxBytes > 0 && timeToLiveSeconds > 0;
    this.maxBytes = maxBytes;
    this.timeToLive = Duration.ofSeconds(timeToLiveSeconds);
    if (this.enabled) {
      LOG.log(
          Level.INFO,
          "Page cache on: up to {0} MB, a page kept at most {1} s",
          new Object[] {maxBytes / (1024 * 1024), timeToLiveSeconds});
    } else {
      LOG.info("Page cache off: every public page is rendered for each request");
    }
  }

  /** For CDI's client proxy only; the container builds the real instance with its settings. */
  protected PageCache() {
    this(false, 0, 0);
  }

  /** False when switched off by configuration: pages are then rendered every time. */
  public boolean isEnabled() {
    return enabled;
  }

  /** The largest page worth keeping; a bigger response goes straight to the reader. */
  int maxPageBytes() {
    return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / MAX_PAGE_SHARE);
  }

  /** How long a page may be served before it is rendered again, content events or not. */
  Duration timeToLive() {
    return timeToLive;
  }

  Optional<CachedPage> find(String key, Instant now) {
    Entry entry = pages.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.page.expires())) {
      synchronized (this) {
        if (pages.remove(key, entry)) {
          bytes -= entry.weight;
        }
      }
      return Optional.empty();
    }
    long millis = now.toEpochMilli();
    if (millis - entry.lastRead >= READ_TIME_PRECISION_MILLIS) {
      entry.lastRead = millis;
    }
    return Optional.of(entry.page);
  }

  /**
   * A number that changes with every clear. Read it before rendering and hand it to {@link #keep}:
   * a page rendered while the content changed may show the old content and must not be kept.
   */
  long generation() {
    return generation;
  }

  /**
   * Keeps {@code page} unless the cache was cleared since {@code generationAtStart} or the page is
   * too big, then drops the least recently read pages until the cache is within its bound.
   *
   * @return whether the page was kept
   */
  synchronized boolean keep(String key, CachedPage page, long generationAtStart, Instant now) {
    Entry entry = new Entry(key, page, now.toEpochMilli());
    if (generationAtStart != generation || entry.weight > maxBytes / MAX_PAGE_SHARE) {
      return false;
    }
    Entry previous = pages.put(key, entry);
    bytes += entry.weight - (previous == null ? 0 : previous.weight);
    if (bytes > maxBytes) {
      evict();
    }
    return true;
  }

  /**
   * Down to nine tenths of the bound, so a full cache does not sort its pages again at every new
   * one.
   */
  private void evict() {
    List<Entry> byLastRead = new ArrayList<>(pages.values());
    byLastRead.sort(Comparator.comparingLong(entry -> entry.lastRead));
    long target = maxBytes - maxBytes / 10;
    for (Entry entry : byLastRead) {
      if (bytes <= target) {
        return;
      }
      if (pages.remove(entry.key, entry)) {
        bytes -= entry.weight;
      }
    }
  }

  /** Drops every page. */
  public synchronized void clear() {
    generation++;
    pages.clear();
    bytes = 0;
  }

  /**
   * Public content changed: clear once the change is committed, so no reader can render the old
   * content again after the clear. A change rolled back leaves the cache as it was.
   */
  void contentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
    clear();
    LOG.log(Level.FINE, "Page cache cleared after {0}", change);
  }

  /** The bytes held, as counted against {@code tribune.page-cache.max-bytes}. */
  synchronized long bytes() {
    return bytes;
  }

  int size() {
    return pages.size();
  }
}
