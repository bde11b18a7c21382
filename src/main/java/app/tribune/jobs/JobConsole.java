package app.tribune.jobs;

import app.tribune.audit.AuditLog;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.platform.security.AccessDenied;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the job console shows and does. Administrators see and steer every job; editors the
 * newsletter jobs only. Reads come from the batch runtime's repository, which every node shares,
 * and from the runs' heartbeats, which tell the runs whose node died.
 */
@ApplicationScoped
@Allowed({Roles.ADMIN, Roles.EDITOR})
@Transactional(Transactional.TxType.SUPPORTS)
public class JobConsole {

  static final String AUDIT_TYPE = "Job";

  /** Reads of the runs list tried while a run is being created (see {@link #runs}). */
  private static final int STATUS_ATTEMPTS = 10;

  @Inject private JobLauncher launcher;
  @Inject private JobTimers timers;
  @Inject private Heartbeats heartbeats;
  @Inject private SecurityContext security;
  @Inject private AuditLog audit;
  @PersistenceContext private EntityManager em;

  /** The jobs the caller may see, in the registry's order. */
  public List<TribuneJob> jobs() {
    return Arrays.stream(TribuneJob.values()).filter(this::maySteer).toList();
  }

  /** The jobs the caller may see, each with its calendar, next and last run. */
  public List<JobLine> overview() {
    return jobs().stream()
        .map(
            job ->
                new JobLine(
                    job,
                    schedule(job).orElse(null),
                    nextRun(job).orElse(null),
                    lastRun(job).orElse(null)))
        .toList();
  }

  /** The calendar of {@code job}, empty when it runs on demand only. */
  public Optional<String> schedule(TribuneJob job) {
    return timers.describeSchedule(job);
  }

  public Optional<Instant> nextRun(TribuneJob job) {
    return timers.nextRun(job);
  }

  /** The latest execution of {@code job}, if it ever ran. */
  public Optional<JobRun> lastRun(TribuneJob job) {
    return runs(job, 0, 1).stream().findFirst();
  }

  /** How many times {@code job} was started (restarts of a run not counted). */
  public int countRuns(TribuneJob job) {
    requireMaySteer(job);
    try {
      return operator().getJobInstanceCount(job.jobName());
    } catch (NoSuchJobException neverRun) {
      return 0;
    }
  }

  /**
   * Executions of the runs {@code first} to {@code first + size} of {@code job}, newest first; a
   * restarted run lists each of its executions.
   */
  public List<JobRun> runs(TribuneJob job, int first, int size) {
    requireMaySteer(job);
    JobOperator operator = operator();
    for (int attempt = 1; ; attempt++) {
      try {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : operator.getJobInstances(job.jobName(), first, size)) {
          executions.addAll(operator.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return heartbeats.runs(executions);
      } catch (NoSuchJobException neverRun) {
        return List.of();
      } catch (NullPointerException startingNow) {
        // JBatch writes a new run's instance before its status, and fails to list the instance
        // in between: a start on another session a moment ago. The status follows within
        // milliseconds.
        if (attempt == STATUS_ATTEMPTS) {
          throw startingNow;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The steps of an execution in the order they ran, with their counts. */
  public List<StepRun> steps(long executionId) {
    requireMaySteer(jobOf(executionId));
    return operator().getStepExecutions(executionId).stream()
        .map(StepRun::of)
        .sorted(
            Comparator.comparing(StepRun::start, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * Sending progress of a run of {@code send-newsletter}, from the delivery rows of its issue;
   * empty for other runs, or before the issue has deliveries.
   */
  public Optional<SendProgress> progress(JobRun run) {
    if (!TribuneJob.SEND_NEWSLETTER.jobName().equals(run.jobName()) || run.start() == null) {
      return Optional.empty();
    }
    String issueId = operator().getParameters(run.executionId()).getProperty("issueId");
    NewsletterIssue issue = issueId == null ? null : em.find(NewsletterIssue.class, parse(issueId));
    if (issue == null) {
      return Optional.empty();
    }
    long total = 0;
    long sent = 0;
    long open = 0;
    for (Object[] row :
        em.createNamedQuery(Delivery.COUNT_BY_STATUS, Object[].class)
            .setParameter("issue", issue)
            .getResultList()) {
      DeliveryStatus status = (DeliveryStatus) row[0];
      long count = ((Number) row[1]).longValue();
      total += count;
      if (status == DeliveryStatus.SENT) {
        sent += count;
      } else if (status == DeliveryStatus.PENDING || status == DeliveryStatus.SENDING) {
        open += count;
      }
    }
    if (total == 0) {
      return Optional.empty();
    }
    Instant until = run.end() == null ? Instant.now() : run.end();
    return Optional.of(
        SendProgress.of(total - open, sent, total, Duration.between(run.start(), until)));
  }

  /**
   * Starts {@code job} now with {@code parameters}.
   *
   * @return the execution started; empty when a run is under way already
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public OptionalLong start(TribuneJob job, Map<String, String> parameters) {
    requireMaySteer(job);
    OptionalLong started = launcher.start(job, parameters);
    started.ifPresent(id -> audit.record("job.start", AUDIT_TYPE, id, job.jobName()));
    return started;
  }

  /** Asks a run to stop; it stops at its next checkpoint and can be restarted from there. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void stop(long executionId) {
    TribuneJob job = jobOf(executionId);
    requireMaySteer(job);
    launcher.stop(executionId);
    audit.record("job.stop", AUDIT_TYPE, executionId, job.jobName());
  }

  /**
   * Restarts a failed or stopped run where it stopped.
   *
   * @return the new execution; empty when a run of the job is under way
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public OptionalLong restart(long executionId) {
    TribuneJob job = jobOf(executionId);
    requireMaySteer(job);
    OptionalLong restarted = launcher.restart(job, executionId);
    restarted.ifPresent(
        id -> audit.record("job.restart", AUDIT_TYPE, id, job.jobName() + " " + executionId));
    return restarted;
  }

  private TribuneJob jobOf(long executionId) {
    String name = operator().getJobExecution(executionId).getJobName();
    return TribuneJob.byJobName(name)
        .orElseThrow(() -> new AccessDenied("Execution " + executionId + " of unknown job"));
  }

  private boolean maySteer(TribuneJob job) {
    return security.isCallerInRole(Roles.ADMIN)
        || (job.isNewsletter() && security.isCallerInRole(Roles.EDITOR));
  }

  private void requireMaySteer(TribuneJob job) {
    if (!maySteer(job)) {
      throw new AccessDenied("Job " + job.jobName());
    }
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException notAnId) {
      return -1;
    }
  }

  private static JobOperator operator() {
    return JobLauncher.operator();
  }
}
