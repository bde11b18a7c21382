package app.tribune.jobs;

import app.tribune.cluster.SchedulerLock;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The heartbeats of the job executions running on this node, and what the beats of every node say
 * of an execution. Every Tribune job has {@link HeartbeatListener} report its start and end here;
 * while it runs, a timer refreshes its row in {@code job_heartbeat}. An execution the repository
 * still calls under way but whose row fell silent for {@code tribune.jobs.heartbeat-limit-seconds}
 * is {@linkplain JobRun#interrupted() interrupted}: its node is gone.
 *
 * <p>The batch repository itself is left saying STARTED. The runtime offers no safe way to end an
 * execution it is not running: {@code JobOperator.abandon} refuses a started one, and {@code
 * JobOperator.stop} only reaches executions of the node it is called on. Its tables are the
 * runtime's own (some columns serialised Java objects), so they are not written behind its back.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Heartbeats {

  /**
   * Beats this old are dropped: a run that ended needs its row no more, and one silent for a day
   * still reads as interrupted without it, on its last repository update.
   */
  static final Duration KEPT = Duration.ofDays(1);

  /** At most this long between beats: a few missed ones still keep a run within its limit. */
  static final Duration LONGEST_INTERVAL = Duration.ofSeconds(15);

  @Resource private TimerService timerService;
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "tribune.jobs.heartbeat-limit-seconds", defaultValue = "90")
  long limitSeconds;

  private final Set<Long> beating = ConcurrentHashMap.newKeySet();

  /**
   * Starts the beats once the application has started: after {@code ApplicationStartup}, whose
   * observer has the default priority, has migrated the schema their table lives in.
   */
  public void startBeating(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    if (limitSeconds < 6) {
      throw new IllegalArgumentException("tribune.jobs.heartbeat-limit-seconds must be at least 6");
    }
    long every = interval(limit()).toMillis();
    timerService.createIntervalTimer(every, every, new TimerConfig("job heartbeats", false));
  }

  /** A sixth of the limit, so that a live run is never silent for that long, 15 s at most. */
  static Duration interval(Duration limit) {
    Duration sixth = limit.dividedBy(6);
    return sixth.compareTo(LONGEST_INTERVAL) > 0 ? LONGEST_INTERVAL : sixth;
  }

  /** The silence after which an execution said to be under way is taken for dead. */
  public Duration limit() {
    return Duration.ofSeconds(limitSeconds);
  }

  /** Records the first beat of an execution starting on this node, committed at once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void begin(long executionId) {
    em.persist(new Heartbeat(executionId, SchedulerLock.NODE, Instant.now()));
    beating.add(executionId);
  }

  /**
   * Stops beating for an execution ending on this node. Its row stays, fresh for long enough that
   * the runtime records the end in the repository before the beat could look stale.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void end(long executionId) {
    beating.remove(executionId);
  }

  @Timeout
  void beat() {
    Instant now = Instant.now();
    List<Long> running = List.copyOf(beating);
    if (!running.isEmpty()) {
      em.createNamedQuery(Heartbeat.BEAT)
          .setParameter("now", now)
          .setParameter("ids", running)
          .executeUpdate();
    }
    em.createNamedQuery(Heartbeat.DELETE_BEFORE)
        .setParameter("before", now.minus(KEPT))
        .executeUpdate();
  }

  /** An execution as the console shows it, judged on its last beat. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public JobRun run(JobExecution execution) {
    return runs(List.of(execution)).get(0);
  }

  /** Executions as the console shows them, judged on their last beats; in the same order. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<JobRun> runs(Collection<JobExecution> executions) {
    if (executions.isEmpty()) {
      return List.of();
    }
    Map<Long, Heartbeat> beats =
        em.createNamedQuery(Heartbeat.FIND, Heartbeat.class)
            .setParameter("ids", executions.stream().map(JobExecution::getExecutionId).toList())
            .getResultStream()
            .collect(Collectors.toMap(Heartbeat::getExecutionId, Function.identity()));
    Instant now = Instant.now();
    return executions.stream()
        .map(execution -> JobRun.of(execution, beats.get(execution.getExecutionId()), now, limit()))
        .toList();
  }

  /**
   * Whether the execution is under way on a node still heard of. An execution gone from the
   * repository is not.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isLive(long executionId) {
    JobExecution execution;
    try {
      execution = JobLauncher.operator().getJobExecution(executionId);
    } catch (NoSuchJobExecutionException gone) {
      return false;
    }
    return run(execution).isRunning();
  }
}
