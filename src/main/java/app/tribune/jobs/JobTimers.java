package app.tribune.jobs;

import app.tribune.cluster.SchedulerLock;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts each scheduled job when its calendar says. The timers are not persistent: every node
 * creates its own at start-up from the configuration, and all of them fire. The first to fire takes
 * that time of the calendar in the job's timer row of {@code scheduler_lock}, so a time is run once
 * across the nodes even when its run is over before another node's timer comes; the {@link
 * JobLauncher} then turns away a start while an earlier run is still going. A time missed while no
 * node was up is not caught up; the next one does the work (each job takes everything due by then).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobTimers {

  private static final Logger LOG = Logger.getLogger(JobTimers.class.getName());

  @Resource private TimerService timerService;
  @Inject private JobLauncher launcher;
  @Inject private SchedulerLock lock;
  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  /**
   * Sets this node's timers, once at start-up and only when the schema is in place: a timer that
   * fired before would find no table to take its time in.
   */
  public void createTimers() {
    ZoneId zone = ZoneId.of(timeZone);
    for (TribuneJob job : TribuneJob.values()) {
      schedule(job, zone)
          .ifPresent(
              expression -> {
                timerService.createCalendarTimer(expression, new TimerConfig(job.name(), false));
                LOG.log(
                    Level.INFO,
                    "{0} scheduled: {1}",
                    new Object[] {job.jobName(), CalendarSchedule.describe(expression)});
              });
    }
  }

  /** The calendar of {@code job}, as configured; empty for a job that runs on demand only. */
  Optional<ScheduleExpression> schedule(TribuneJob job, ZoneId zone) {
    Optional<String> text =
        config.getOptionalValue(job.scheduleKey(), String.class).or(job::defaultSchedule);
    return text.flatMap(value -> CalendarSchedule.parse(value, zone));
  }

  @Timeout
  void due(Timer timer) {
    TribuneJob job = TribuneJob.valueOf((String) timer.getInfo());
    try {
      ScheduleExpression schedule = timer.getSchedule();
      Instant time = CalendarSchedule.timeOf(schedule, Instant.now());
      // Held to the end of that time: the next time of the calendar finds the row free.
      Duration hold = CalendarSchedule.lengthOfTime(schedule).minusMillis(1);
      if (!lock.take(job.timerLockName(), time, hold)) {
        LOG.log(Level.INFO, "{0}: another node started this time''s run", job.jobName());
        return;
      }
      launcher.start(job, Map.of());
    } catch (RuntimeException failed) {
      // A failed start must not cancel the timer; the next time comes round as usual.
      LogRecord record = new LogRecord(Level.WARNING, "Scheduled start of {0} failed");
      record.setParameters(new Object[] {job.jobName()});
      record.setThrown(failed);
      LOG.log(record);
    }
  }

  /** When this node's timer of {@code job} fires next; empty when the job is not scheduled. */
  public Optional<Instant> nextRun(TribuneJob job) {
    return timerService.getTimers().stream()
        .filter(timer -> job.name().equals(timer.getInfo()))
        .findFirst()
        .map(timer -> timer.getNextTimeout().toInstant());
  }

  /** The calendar of {@code job} as the console shows it, empty when it runs on demand only. */
  public Optional<String> describeSchedule(TribuneJob job) {
    return timerService.getTimers().stream()
        .filter(timer -> job.name().equals(timer.getInfo()))
        .findFirst()
        .map(timer -> CalendarSchedule.describe(timer.getSchedule()));
  }
}
