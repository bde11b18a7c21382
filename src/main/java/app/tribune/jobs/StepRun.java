package app.tribune.jobs;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.io.Serializable;
import java.time.Instant;

/** One step of an execution, with the counts of a chunk step (all zero for a batchlet). */
public record StepRun(
    String name,
    BatchStatus status,
    String exitStatus,
    Instant start,
    Instant end,
    long read,
    long write,
    long filter,
    long skip,
    long commit,
    long rollback)
    implements Serializable {

  static StepRun of(StepExecution step) {
    long[] counts = new long[Metric.MetricType.values().length];
    Metric[] metrics = step.getMetrics();
    if (metrics != null) {
      for (Metric metric : metrics) {
        counts[metric.getType().ordinal()] = metric.getValue();
      }
    }
    return new StepRun(
        step.getStepName(),
        step.getBatchStatus(),
        step.getExitStatus(),
        JobRun.instant(step.getStartTime()),
        JobRun.instant(step.getEndTime()),
        counts[Metric.MetricType.READ_COUNT.ordinal()],
        counts[Metric.MetricType.WRITE_COUNT.ordinal()],
        counts[Metric.MetricType.FILTER_COUNT.ordinal()],
        counts[Metric.MetricType.READ_SKIP_COUNT.ordinal()]
            + counts[Metric.MetricType.PROCESS_SKIP_COUNT.ordinal()]
            + counts[Metric.MetricType.WRITE_SKIP_COUNT.ordinal()],
        counts[Metric.MetricType.COMMIT_COUNT.ordinal()],
        counts[Metric.MetricType.ROLLBACK_COUNT.ordinal()]);
  }
}
