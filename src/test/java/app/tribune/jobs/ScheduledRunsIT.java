package app.tribune.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.OpenDatabaseNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Left alone, the portal runs its jobs when their calendar says, and a time of the calendar that
 * another node of the cluster took is not run again here. The server is {@link OpenDatabaseNode}'s,
 * whose purge is due every ten seconds; the test plays the other node on the database they share,
 * so it runs in the PostgreSQL pass.
 */
@EnabledIfSystemProperty(named = "tribune.it.database", matches = "postgresql")
class ScheduledRunsIT {

  private static final long EVERY_SECONDS = OpenDatabaseNode.PURGE_EVERY_SECONDS;
  private static final String UNDEFINED_TABLE = "42P01";

  private final OpenDatabaseNode node = OpenDatabaseNode.shared();

  @Test
  void thePurgeRunsByItselfAtEachTimeOfItsCalendarSaveOneAnotherNodeTook() throws Exception {
    // Nobody starts anything: the runs come by themselves.
    int seen = awaitMoreRunsThan(runs());

    // Just after a time's run appeared, the other node takes the next time of the calendar.
    // At least three seconds ahead, so that this node's timer cannot have fired for it yet.
    long soonest = Instant.now().plusSeconds(3).getEpochSecond() + 1;
    Instant next =
        Instant.ofEpochSecond(soonest + (EVERY_SECONDS - soonest % EVERY_SECONDS) % EVERY_SECONDS);
    try (Connection connection = node.database().connect();
        PreparedStatement take =
            connection.prepareStatement(
                "UPDATE scheduler_lock SET locked_until = ?, locked_by = 'another-node'"
                    + " WHERE name = 'timer:purge-data'")) {
      take.setObject(1, OffsetDateTime.ofInstant(next.plusSeconds(9), ZoneOffset.UTC));
      assertThat(take.executeUpdate()).isEqualTo(1);
    }
    // Read a second before that time: a run of the time in between, however late, is in by then.
    sleepUntil(next.minusSeconds(1));
    int beforeTaken = Math.max(seen, runs());

    sleepUntil(next.plusMillis(9_500));
    assertThat(runs()).as("the time another node took, not run here").isEqualTo(beforeTaken);
    awaitMoreRunsThan(beforeTaken);
  }

  /** Waits for a run of the purge beyond the {@code known} ones; how many there are then. */
  private int awaitMoreRunsThan(int known) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(3 * EVERY_SECONDS);
    int runs = runs();
    while (runs <= known) {
      assertThat(Instant.now()).as("a scheduled run after %s", known).isBefore(deadline);
      Thread.sleep(200);
      runs = runs();
    }
    return runs;
  }

  /** The purge's runs so far, as the batch repository records them. */
  private int runs() throws SQLException {
    try (Connection connection = node.database().connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM jbatchexecutioninstancedata e"
                    + " JOIN jbatchjobinstancedata j ON j.jobinstanceid = e.jobinstanceid"
                    + " WHERE j.name = 'purge-data'");
        ResultSet rows = count.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.equals(e.getSQLState())) {
        // The batch runtime makes its tables when it first runs a job.
        return 0;
      }
      throw e;
    }
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    Duration left = Duration.between(Instant.now(), moment);
    if (!left.isNegative()) {
      Thread.sleep(left.toMillis());
    }
  }
}
