package app.tribune.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts recent failures per key (a username, a client address) and says how long the next attempt
 * must wait: nothing for the first few failures, then a wait that doubles up to a cap, then a long
 * pause once too many failures fall within the window. Failures older than the window are
 * forgotten, so nobody is ever locked out for good.
 *
 * <p>Attempts made while waiting are refused unchecked and not counted, so the wait costs the
 * server no thread and an attacker learns nothing from them. Memory is bounded: when {@code
 * maxKeys} keys are tracked, expired ones go first, then the one whose last failure is oldest.
 */
final class Throttle {

  /**
   * @param freeFailures failures allowed before any wait
   * @param maxFailures failures within {@code window} after which the key waits {@code window}
   * @param window how long a failure counts, and how long the pause after too many lasts
   * @param maxDelay the longest wait before {@code maxFailures} is reached
   */
  record Policy(int freeFailures, int maxFailures, Duration window, Duration maxDelay) {

    Policy {
      if (freeFailures < 0 || maxFailures <= freeFailures) {
        throw new IllegalArgumentException("Need 0 <= free failures < max failures");
      }
    }

    /** The wait after {@code failures} recent failures, the last one just now. */
    Duration delayAfter(int failures) {
      if (failures >= maxFailures) {
        return window;
      }
      if (failures <= freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures - 1, 30);
      Duration doubled = Duration.ofSeconds(1L << doublings);
      return doubled.compareTo(maxDelay) < 0 ? doubled : maxDelay;
    }
  }

  private final Policy policy;
  private final Clock clock;
  private final int maxKeys;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  Throttle(Policy policy, Clock clock, int maxKeys) {
    this.policy = policy;
    this.clock = clock;
    this.maxKeys = maxKeys;
  }

  /** How long {@code key} must still wait before its next attempt is checked; empty: go ahead. */
  synchronized Optional<Duration> waitFor(String key) {
    Instant now = clock.instant();
    Deque<Instant> recent = recent(key, now);
    if (recent == null) {
      return Optional.empty();
    }
    Instant allowedAt = recent.getLast().plus(policy.delayAfter(recent.size()));
    return now.isBefore(allowedAt)
        ? Optional.of(Duration.between(now, allowedAt))
        : Optional.empty();
  }

  synchronized void failed(String key) {
    Instant now = clock.instant();
    Deque<Instant> recent = recent(key, now);
    if (recent == null) {
      makeRoom(now);
      recent = new ArrayDeque<>();
      failures.put(key, recent);
    }
    recent.addLast(now);
    while (recent.size() > policy.maxFailures()) {
      recent.removeFirst();
    }
  }

  synchronized void succeeded(String key) {
    failures.remove(key);
  }

  synchronized int trackedKeys() {
    return failures.size();
  }

  /** The failures of {@code key} still within the window, or {@code null} when there are none. */
  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return null;
    }
    // A pause after too many failures lasts a window from the last one, so those stay until then.
    if (recent.size() >= policy.maxFailures()
        && now.isBefore(recent.getLast().plus(policy.window()))) {
      return recent;
    }
    Instant horizon = now.minus(policy.window());
    while (!recent.isEmpty() && !recent.getFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
    if (recent.isEmpty()) {
      failures.remove(key);
      return null;
    }
    return recent;
  }

  private void makeRoom(Instant now) {
    if (failures.size() < maxKeys) {
      return;
    }
    Instant horizon = now.minus(policy.window());
    failures.values().removeIf(recent -> !recent.getLast().isAfter(horizon));
    if (failures.size() >= maxKeys) {
      failures.entrySet().stream()
          .min(
              Comparator.comparing((Map.Entry<String, Deque<Instant>> e) -> e.getValue().getLast()))
          .map(Map.Entry::getKey)
          .ifPresent(failures::remove);
    }
  }
}
