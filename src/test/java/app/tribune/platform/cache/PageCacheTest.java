package app.tribune.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final long MAX_BYTES = 64 * 1024;

  private final PageCache cache = new PageCache(true, MAX_BYTES, 600);

  @Test
  void keepsPagesWithinItsBoundDroppingTheLeastRecentlyRead() {
    long generation = cache.generation();
    cache.keep("/", page(3000, 0), generation, NOW);
    for (int i = 1; i <= 40; i++) {
      Instant later = NOW.plusSeconds(2L * i);
      cache.keep("/page/" + i, page(3000, i), generation, later);
      // The home page is read after every rendering, so it is never the least recently read.
      assertThat(cache.find("/", later.plusSeconds(1))).as("home after page %d", i).isPresent();
      assertThat(cache.bytes()).isLessThanOrEqualTo(MAX_BYTES);
    }

    Instant end = NOW.plusSeconds(100);
    assertThat(cache.find("/page/40", end)).isPresent();
    assertThat(cache.find("/page/39", end)).isPresent();
    assertThat(cache.find("/page/1", end)).isEmpty();
    assertThat(cache.find("/page/10", end)).isEmpty();
    assertThat(cache.size()).isBetween(10, 19);
  }

  @Test
  void aPageTooBigForItsShareGoesUncached() {
    assertThat(cache.keep("/big", page((int) MAX_BYTES / 8, 1), cache.generation(), NOW)).isFalse();
    assertThat(cache.find("/big", NOW)).isEmpty();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void aContentChangeDropsEveryPage() {
    cache.keep("/", page(1000, 1), cache.generation(), NOW);
    cache.keep("/nl/", page(1000, 2), cache.generation(), NOW);

    cache.contentChanged(new ContentChange() {});

    assertThat(cache.find("/", NOW)).isEmpty();
    assertThat(cache.find("/nl/", NOW)).isEmpty();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void aPageRenderedWhileContentChangedIsNotKept() {
    long before = cache.generation();

    cache.clear();

    assertThat(cache.keep("/", page(1000, 1), before, NOW)).isFalse();
    assertThat(cache.find("/", NOW)).isEmpty();
  }

  @Test
  void aPageIsRenderedAgainAfterItsTimeToLive() {
    cache.keep("/", page(1000, 1), cache.generation(), NOW);

    assertThat(cache.find("/", NOW.plus(Duration.ofSeconds(599)))).isPresent();
    assertThat(cache.find("/", NOW.plus(Duration.ofSeconds(600)))).isEmpty();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void replacingAPageCountsItsBytesOnce() {
    cache.keep("/", page(1000, 1), cache.generation(), NOW);
    long once = cache.bytes();

    cache.keep("/", page(1000, 2), cache.generation(), NOW);

    assertThat(cache.bytes()).isEqualTo(once);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void switchedOffByConfigurationOrWithoutRoom() {
    assertThat(new PageCache(false, MAX_BYTES, 600).isEnabled()).isFalse();
    assertThat(new PageCache(true, 0, 600).isEnabled()).isFalse();
    assertThat(cache.isEnabled()).isTrue();
  }

  /** A page of {@code size} bytes that does not compress, so it weighs what it says. */
  private static CachedPage page(int size, int seed) {
    byte[] body = new byte[size];
    new Random(seed).nextBytes(body);
    return CachedPage.rendered(
        body,
        "text/html;charset=UTF-8",
        PageCacheFilter.cacheControl(5),
        Map.of(),
        NOW,
        NOW.plus(Duration.ofSeconds(600)));
  }
}
