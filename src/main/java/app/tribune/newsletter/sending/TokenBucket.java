package app.tribune.newsletter.sending;

/**
 * A rate: {@code rate} permits per {@code periodNanos}, with at most {@code burst} saved up.
 * Callers reserve a permit and are told how long to wait for it, so the waiting happens outside the
 * lock and any number of senders share one bucket fairly.
 */
final class TokenBucket {

  private final double rate;
  private final long periodNanos;
  private final double burst;
  private double tokens;
  private long last;

  /** A full bucket at time {@code now} (nanoseconds on any steady clock). */
  TokenBucket(long rate, long periodNanos, long burst, long now) {
    if (rate <= 0 || periodNanos <= 0 || burst <= 0) {
      throw new IllegalArgumentException("rate, period and burst must be positive");
    }
    this.rate = rate;
    this.periodNanos = periodNanos;
    this.burst = burst;
    this.tokens = burst;
    this.last = now;
  }

  /**
   * Takes one permit at time {@code now}.
   *
   * @return nanoseconds to wait before using it, 0 if it may be used at once
   */
  synchronized long reserve(long now) {
    if (now > last) {
      tokens = Math.min(burst, tokens + (now - last) * rate / periodNanos);
      last = now;
    }
    tokens -= 1;
    return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * periodNanos / rate);
  }
}
