package app.tribune.jobs;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One execution of a job as the console lists it.
 *
 * <p>The batch repository keeps saying an execution is started when the node running it died (a
 * kill, a power cut): nothing is left to write its end. Such an execution is <em>interrupted</em>
 * here when nothing was heard of it for longer than the heartbeat limit: neither a heartbeat from
 * its node nor an update of the repository (which covers the moments before the first beat).
 *
 * @param parameters as given at the start, {@code name=value} separated by commas
 * @param lastHeard the latest sign of life: its last heartbeat or repository update
 * @param node the node that sent the last heartbeat, {@code null} when none was recorded
 * @param interrupted whether it reads as under way but its node fell silent past the limit
 */
public record JobRun(
    long executionId,
    String jobName,
    BatchStatus status,
    String exitStatus,
    Instant start,
    Instant end,
    String parameters,
    Instant lastHeard,
    String node,
    boolean interrupted)
    implements Serializable {

  /**
   * The execution as it stands at {@code now}.
   *
   * @param beat its last heartbeat, {@code null} when none was recorded
   * @param limit the silence after which an execution said to be under way is taken for dead
   */
  static JobRun of(JobExecution execution, Heartbeat beat, Instant now, Duration limit) {
    Properties given = execution.getJobParameters();
    BatchStatus status = execution.getBatchStatus();
    Instant lastHeard =
        latest(
            beat == null ? null : beat.getBeatAt(),
            latest(instant(execution.getLastUpdatedTime()), instant(execution.getCreateTime())));
    return new JobRun(
        execution.getExecutionId(),
        execution.getJobName(),
        status,
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        given == null ? "" : new TreeMap<>(given).toString().replaceAll("^\\{|\\}$", ""),
        lastHeard,
        beat == null ? null : beat.getNode(),
        isUnderWay(status) && lastHeard != null && lastHeard.plus(limit).isBefore(now));
  }

  private static Instant latest(Instant one, Instant other) {
    if (one == null) {
      return other;
    }
    return other == null || one.isAfter(other) ? one : other;
  }

  private static boolean isUnderWay(BatchStatus status) {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /**
   * Under way: starting, started, or asked to stop and not yet stopped, on a node still heard of.
   */
  public boolean isRunning() {
    return isUnderWay(status) && !interrupted;
  }

  /** Whether a restart would take it up where it stopped. */
  public boolean isRestartable() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  /**
   * From start to end, or to {@code now} while it runs, or to its last sign of life when it was
   * interrupted; {@code null} before it started.
   */
  public Duration duration(Instant now) {
    if (start == null) {
      return null;
    }
    Instant until = end != null ? end : interrupted ? lastHeard : now;
    return Duration.between(start, until);
  }
}
