package app.tribune.jobs;

import app.tribune.cluster.SchedulerLock;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts and restarts Tribune's jobs, one run of a job at a time across every node. A start takes
 * the job's {@code scheduler_lock} row (committed at once, so other nodes see it), checks the
 * shared job repository for a run under way, starts, and hands the row back: by then the new run is
 * in the repository as starting, which turns away whoever comes next. The row's hold only matters
 * when a node dies between taking it and handing it back.
 *
 * <p>Who may start what is the console's concern ({@link JobConsole}); the schedule calls this
 * directly. Runs no transaction of its own: the batch runtime writes its repository in its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobLauncher {

  static final Duration HOLD = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

  @Inject private SchedulerLock lock;
  @Inject private Heartbeats heartbeats;
  @Inject private JobSubmitter submitter;

  /**
   * Starts a run of {@code job} with {@code parameters} (blank values left out, so the job's own
   * defaults apply).
   *
   * @return the new execution's id; empty when a run of the job is already under way or being
   *     started by someone else
   */
  public OptionalLong start(TribuneJob job, Map<String, String> parameters) {
    Properties properties = new Properties();
    parameters.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            properties.setProperty(name, value.strip());
          }
        });
    return start(job, properties);
  }

  /**
   * Starts a run of {@code job} with {@code parameters} as they are.
   *
   * @return the new execution's id; empty when a run of the job is already under way or being
   *     started by someone else
   */
  public OptionalLong start(TribuneJob job, Properties parameters) {
    return underLock(job, () -> submitter.start(job.jobName(), parameters));
  }

  /**
   * Restarts a failed or stopped execution of {@code job} where it stopped, with its parameters.
   *
   * @return the new execution's id; empty when a run of the job is under way
   */
  public OptionalLong restart(TribuneJob job, long executionId) {
    return restart(job, executionId, operator().getParameters(executionId));
  }

  /**
   * Restarts a failed or stopped execution of {@code job} where it stopped, with {@code parameters}
   * in place of those it was given.
   *
   * @return the new execution's id; empty when a run of the job is under way
   */
  public OptionalLong restart(TribuneJob job, long executionId, Properties parameters) {
    return underLock(job, () -> submitter.restart(executionId, parameters));
  }

  /** Asks a running execution to stop; a chunk step stops at its next checkpoint. */
  public void stop(long executionId) {
    operator().stop(executionId);
  }

  /**
   * Whether an execution of {@code job} is starting, started or stopping on a node still heard of.
   * One whose node died reads as started for ever in the repository: it does not count once it is
   * {@linkplain JobRun#interrupted() interrupted}, or nothing would ever run that job again.
   */
  public boolean isRunning(TribuneJob job) {
    List<Long> underWay;
    try {
      underWay = operator().getRunningExecutions(job.jobName());
    } catch (NoSuchJobException neverRun) {
      return false;
    }
    return underWay.stream().anyMatch(heartbeats::isLive);
  }

  private OptionalLong underLock(TribuneJob job, LongSupplier launch) {
    if (!lock.take(job.lockName(), Instant.now(), HOLD)) {
      LOG.log(Level.INFO, "{0} is being started elsewhere; not starting it", job.jobName());
      return OptionalLong.empty();
    }
    try {
      if (isRunning(job)) {
        LOG.log(Level.INFO, "{0} is running already; not starting it", job.jobName());
        return OptionalLong.empty();
      }
      long execution = launch.getAsLong();
      LOG.log(Level.INFO, "{0} started: execution {1}", new Object[] {job.jobName(), execution});
      return OptionalLong.of(execution);
    } finally {
      lock.release(job.lockName(), Instant.now());
    }
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
