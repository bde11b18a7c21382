package app.tribune.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** When a run the repository calls under way is taken for dead with its node. */
class JobRunTest {

  private static final Instant NOW = Instant.parse("2026-11-29T17:00:00Z");
  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final Instant STARTED = NOW.minus(Duration.ofHours(1));

  @Test
  void aStartedRunWhoseNodeBeatWithinTheLimitIsRunning() {
    JobRun run = JobRun.of(execution(BatchStatus.STARTED), beat(NOW.minusSeconds(89)), NOW, LIMIT);

    assertThat(run.interrupted()).isFalse();
    assertThat(run.isRunning()).isTrue();
  }

  @Test
  void aStartedRunWhoseNodeFellSilentPastTheLimitIsInterruptedAndNoLongerRunning() {
    Instant lastBeat = NOW.minusSeconds(91);

    JobRun run = JobRun.of(execution(BatchStatus.STARTED), beat(lastBeat), NOW, LIMIT);

    assertThat(run.interrupted()).isTrue();
    assertThat(run.isRunning()).isFalse();
    assertThat(run.isRestartable()).as("the repository refuses to restart it").isFalse();
    assertThat(run.lastHeard()).isEqualTo(lastBeat);
    assertThat(run.node()).isEqualTo("4242@tribune");
    assertThat(run.duration(NOW))
        .as("it ran until last heard of")
        .isEqualTo(Duration.ofSeconds(3509));
  }

  @Test
  void startingAndStoppingRunsFallSilentTheSameWay() {
    for (BatchStatus status : new BatchStatus[] {BatchStatus.STARTING, BatchStatus.STOPPING}) {
      assertThat(
              JobRun.of(execution(status), beat(NOW.minusSeconds(600)), NOW, LIMIT).interrupted())
          .as("%s", status)
          .isTrue();
    }
  }

  @Test
  void aRunWithoutABeatIsJudgedOnItsLastRepositoryUpdate() {
    JobRun justStarted =
        JobRun.of(execution(BatchStatus.STARTING, NOW.minusSeconds(2)), null, NOW, LIMIT);
    JobRun deadBeforeItsFirstBeat =
        JobRun.of(execution(BatchStatus.STARTED, NOW.minusSeconds(300)), null, NOW, LIMIT);

    assertThat(justStarted.isRunning()).isTrue();
    assertThat(deadBeforeItsFirstBeat.interrupted()).isTrue();
    assertThat(deadBeforeItsFirstBeat.node()).isNull();
  }

  @Test
  void aRecentRepositoryUpdateOutweighsAnOlderBeat() {
    JobRun run =
        JobRun.of(
            execution(BatchStatus.STOPPING, NOW.minusSeconds(5)),
            beat(NOW.minusSeconds(200)),
            NOW,
            LIMIT);

    assertThat(run.isRunning()).isTrue();
    assertThat(run.lastHeard()).isEqualTo(NOW.minusSeconds(5));
  }

  @Test
  void aRunThatEndedIsNeverInterruptedHoweverOldItsLastBeat() {
    for (BatchStatus status :
        new BatchStatus[] {BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED}) {
      JobRun run = JobRun.of(execution(status), beat(NOW.minus(Duration.ofDays(3))), NOW, LIMIT);

      assertThat(run.interrupted()).as("%s", status).isFalse();
      assertThat(run.isRunning()).as("%s", status).isFalse();
    }
  }

  @Test
  void nodesBeatOftenEnoughToStayWithinTheLimitAndNoLessThanEveryFifteenSeconds() {
    assertThat(Heartbeats.interval(Duration.ofSeconds(90))).isEqualTo(Duration.ofSeconds(15));
    assertThat(Heartbeats.interval(Duration.ofSeconds(6))).isEqualTo(Duration.ofSeconds(1));
    assertThat(Heartbeats.interval(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(15));
  }

  private static Heartbeat beat(Instant at) {
    return new Heartbeat(7, "4242@tribune", at);
  }

  private static JobExecution execution(BatchStatus status) {
    return execution(status, STARTED);
  }

  private static JobExecution execution(BatchStatus status, Instant lastUpdated) {
    return new Execution(status, lastUpdated);
  }

  /** What the repository says of execution 7, started an hour ago. */
  private record Execution(BatchStatus status, Instant lastUpdated) implements JobExecution {

    @Override
    public long getExecutionId() {
      return 7;
    }

    @Override
    public String getJobName() {
      return "archive-articles";
    }

    @Override
    public BatchStatus getBatchStatus() {
      return status;
    }

    @Override
    public Date getStartTime() {
      return Date.from(STARTED);
    }

    @Override
    public Date getEndTime() {
      return null;
    }

    @Override
    public String getExitStatus() {
      return null;
    }

    @Override
    public Date getCreateTime() {
      return Date.from(STARTED);
    }

    @Override
    public Date getLastUpdatedTime() {
      return Date.from(lastUpdated);
    }

    @Override
    public Properties getJobParameters() {
      return new Properties();
    }
  }
}
