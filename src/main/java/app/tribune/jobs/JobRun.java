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
 * @param parameters as given at the start, {@code name=value} separated by commas
 */
public record JobRun(
    long executionId,
    String jobName,
    BatchStatus status,
    String exitStatus,
    Instant start,
    Instant end,
    String parameters)
    implements Serializable {

  static JobRun of(JobExecution execution) {
    Properties given = execution.getJobParameters();
    return new JobRun(
        execution.getExecutionId(),
        execution.getJobName(),
        execution.getBatchStatus(),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        given == null ? "" : new TreeMap<>(given).toString().replaceAll("^\\{|\\}$", ""));
  }

  static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Under way: starting, started, or asked to stop and not yet stopped. */
  public boolean isRunning() {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }

  /** Whether a restart would take it up where it stopped. */
  public boolean isRestartable() {
    return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  /** From start to end, or to {@code now} while it runs; {@code null} before it started. */
  public Duration duration(Instant now) {
    if (start == null) {
      return null;
    }
    return Duration.between(start, end == null ? now : end);
  }
}
