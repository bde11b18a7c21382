package app.tribune.jobs;

import java.io.Serializable;
import java.time.Duration;

/**
 * How far the sending of an issue has got, from its delivery rows.
 *
 * @param done deliveries settled (sent, failed, bounced or skipped)
 * @param sent of which sent
 * @param total deliveries of the issue
 * @param perSecond messages settled per second since the run started
 */
public record SendProgress(long done, long sent, long total, double perSecond)
    implements Serializable {

  static SendProgress of(long done, long sent, long total, Duration elapsed) {
    double seconds = Math.max(1, elapsed.toMillis()) / 1000.0;
    return new SendProgress(done, sent, total, done / seconds);
  }

  /** Done as a whole percentage, for a progress bar. */
  public int percent() {
    return total == 0 ? 0 : (int) (done * 100 / total);
  }

  /** At the rate so far; {@code null} before anything was sent. */
  public Duration timeLeft() {
    if (perSecond <= 0) {
      return null;
    }
    return Duration.ofSeconds(Math.round((total - done) / perSecond));
  }
}
