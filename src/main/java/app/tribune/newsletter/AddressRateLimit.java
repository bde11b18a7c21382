package app.tribune.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often the subscription form may be sent for one address: a few times an hour, so that nobody
 * can use the site to flood someone's mailbox with confirmation mails. Kept in memory per node, for
 * the addresses seen most recently only; a node restarting forgets, which costs at most a few more
 * mails.
 */
@ApplicationScoped
public class AddressRateLimit {

  static final int ATTEMPTS = 3;
  static final Duration WINDOW = Duration.ofHours(1);
  static final int MAX_ADDRESSES = 10_000;

  private record Window(Instant start, int attempts) {}

  private final Clock clock;
  private final int maxAddresses;
  private final Map<String, Window> windows;

  public AddressRateLimit() {
    this(Clock.systemUTC(), MAX_ADDRESSES);
  }

  AddressRateLimit(Clock clock, int maxAddresses) {
    this.clock = clock;
    this.maxAddresses = maxAddresses;
    this.windows =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > AddressRateLimit.this.maxAddresses;
          }
        };
  }

  /** Counts an attempt for {@code address}; whether it is still within the limit. */
  public synchronized boolean tryAcquire(String address) {
    Instant now = clock.instant();
    Window window = windows.get(address);
    if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
      windows.put(address, new Window(now, 1));
      return true;
    }
    if (window.attempts() >= ATTEMPTS) {
      return false;
    }
    windows.put(address, new Window(window.start(), window.attempts() + 1));
    return true;
  }

  synchronized int size() {
    return windows.size();
  }
}
