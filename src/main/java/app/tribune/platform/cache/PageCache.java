package app.tribune.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages in memory, bounded by the bytes they hold: when full, the page read least
 * recently goes first. Every content change clears the whole cache. Working out which pages show a
 * changed article (its page, its sections, tags, authors, the home page, the archive, the feeds,
 * every page whose "Lire aussi" lists it...) would be error-prone, whereas rendering the few dozen
 * pages readers actually ask for again costs a few seconds of CPU spread over the next requests.
 *
 * <p>One lock guards the map; it is held for a lookup or an insertion only, never while a page
 * renders. Two readers missing the same page at once both render it and the second copy replaces
 * the first: harmless, and simpler than making one wait for the other.
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  /** No single page may take more than this share of the cache, so one cannot empty it. */
  private static final int MAX_PAGE_SHARE = 16;

  private final boolean enabled;
  private final long maxBytes;
  private final Duration timeToLive;
  private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long generation;

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

  synchronized Optional<CachedPage> find(String key, Instant now) {
    CachedPage page = pages.get(key);
    if (page == null) {
      return Optional.empty();
    }
    if (!now.isBefore(page.expires())) {
      remove(key);
      return Optional.empty();
    }
    return Optional.of(page);
  }

  /**
   * A number that changes with every clear. Read it before rendering and hand it to {@link #keep}:
   * a page rendered while the content changed may show the old content and must not be kept.
   */
  synchronized long generation() {
    return generation;
  }

  /**
   * Keeps {@code page} unless the cache was cleared since {@code generationAtStart} or the page is
   * too big, then drops the least recently read pages until the cache is within its bound.
   *
   * @return whether the page was kept
   */
  synchronized boolean keep(String key, CachedPage page, long generationAtStart) {
    long weight = page.weight(key);
    if (generationAtStart != generation || weight > maxBytes / MAX_PAGE_SHARE) {
      return false;
    }
    remove(key);
    pages.put(key, page);
    bytes += weight;
    Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<String, CachedPage> entry = eldest.next();
      bytes -= entry.getValue().weight(entry.getKey());
      eldest.remove();
    }
    return true;
  }

  /** Drops every page. */
  public synchronized void clear() {
    pages.clear();
    bytes = 0;
    generation++;
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

  synchronized int size() {
    return pages.size();
  }

  private void remove(String key) {
    CachedPage removed = pages.remove(key);
    if (removed != null) {
      bytes -= removed.weight(key);
    }
  }
}
