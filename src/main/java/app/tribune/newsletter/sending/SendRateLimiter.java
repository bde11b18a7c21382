package app.tribune.newsletter.sending;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The pace of outgoing newsletter mail on this node: one budget per second and one per hour shared
 * by every partition of every send, since the limits are the SMTP relay's, not one job's.
 */
@ApplicationScoped
public class SendRateLimiter {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long HOUR = TimeUnit.HOURS.toNanos(1);

  private Limits limits = new Limits(0, 0, null, null);

  private record Limits(int perSecond, int perHour, TokenBucket second, TokenBucket hour) {}

  /**
   * Waits until one more message may leave under {@code perSecond} and {@code perHour} (0: no
   * limit). Changed limits take effect at once, with full budgets.
   */
  public void acquire(int perSecond, int perHour) {
    Limits current = limitsFor(perSecond, perHour);
    long now = System.nanoTime();
    long wait = 0;
    if (current.second() != null) {
      wait = current.second().reserve(now);
    }
    if (current.hour() != null) {
      wait = Math.max(wait, current.hour().reserve(now));
    }
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  private synchronized Limits limitsFor(int perSecond, int perHour) {
    if (limits.perSecond() != perSecond || limits.perHour() != perHour) {
      long now = System.nanoTime();
      limits =
          new Limits(
              perSecond,
              perHour,
              perSecond > 0 ? new TokenBucket(perSecond, SECOND, perSecond, now) : null,
              // A minute's worth saved up at most: an hourly budget must not leave in one burst.
              perHour > 0 ? new TokenBucket(perHour, HOUR, Math.max(1, perHour / 60), now) : null);
    }
    return limits;
  }
}
