package app.tribune.article;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Runs {@link ArticleSchedule} at the start of every minute. Not persistent: a missed minute is
 * caught up by the next one, which publishes everything due by then.
 */
@Singleton
public class ArticleScheduleTimer {

  private static final System.Logger LOG = System.getLogger(ArticleScheduleTimer.class.getName());

  @Inject private ArticleSchedule schedule;

  @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
  void everyMinute() {
    try {
      schedule.runDue(Instant.now());
    } catch (RuntimeException failed) {
      // A failed minute must not cancel the timer; the next minute tries again.
      LOG.log(Level.WARNING, "Scheduled publication failed; retrying next minute", failed);
    }
  }
}
