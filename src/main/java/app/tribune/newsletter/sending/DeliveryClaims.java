package app.tribune.newsletter.sending;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The statements a send makes for every delivery: claim it before its mail leaves, record it sent
 * right after, or give it back. Each must be in the database before the caller goes on, whatever
 * happens to the chunk around it, so they run in auto-commit on connections that never join the
 * chunk's transaction (the pool {@code jdbc/tribune-direct} of
 * server-config/post-boot-commands.asadmin). A claim then costs one statement, not a transaction
 * suspended, begun, committed and resumed around it, which took a sixth of a send's time.
 *
 * <p>A sender {@link #open opens} them once per chunk: one connection and its prepared statements
 * serve the chunk's mails, instead of a trip through the pool for each statement.
 */
@Dependent
public class DeliveryClaims {

  /** What claiming a delivery came to. */
  public enum Claim {
    /** Ours to send. */
    CLAIMED,
    /** The subscriber can no longer receive (unsubscribed meanwhile): marked skipped, not sent. */
    SKIPPED,
    /** Not pending any more: another sender has it, or it is done. */
    TAKEN
  }

  @Resource(lookup = "jdbc/tribune-direct")
  private DataSource direct;

  /** The statements of one chunk, on one connection; close it when the chunk is written. */
  public Session open() throws SQLException {
    return new Session(direct.getConnection());
  }

  /** One connection in auto-commit: every method's statement is committed when it returns. */
  public static final class Session implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement claim;
    private final PreparedStatement skip;
    private final PreparedStatement sent;

    Session(Connection connection) throws SQLException {
      this.connection = connection;
      try {
        claim =
            connection.prepareStatement(
                "UPDATE delivery SET status = 'SENDING', claimed_at = ?,"
                    + " attempts = attempts + 1, version = version + 1"
                    + " WHERE id = ? AND status = 'PENDING'"
                    + " AND EXISTS (SELECT 1 FROM subscriber s"
                    + "   WHERE s.id = delivery.subscriber_id AND s.status = 'CONFIRMED')");
        skip =
            connection.prepareStatement(
                "UPDATE delivery SET status = 'SKIPPED', version = version + 1"
                    + " WHERE id = ? AND status = 'PENDING'");
        sent =
            connection.prepareStatement(
                "UPDATE delivery SET status = 'SENT', message_id = ?, sent_at = ?,"
                    + " last_error = NULL, version = version + 1"
                    + " WHERE id = ? AND status = 'SENDING'");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    }

    /**
     * Claims a pending delivery for sending, unless its subscriber can no longer receive: that is
     * checked in the same statement, so an unsubscribe committed before the claim always wins.
     */
    public Claim claim(long deliveryId, Instant now) throws SQLException {
      claim.setTimestamp(1, Timestamp.from(now));
      claim.setLong(2, deliveryId);
      if (claim.executeUpdate() == 1) {
        return Claim.CLAIMED;
      }
      skip.setLong(1, deliveryId);
      return skip.executeUpdate() == 1 ? Claim.SKIPPED : Claim.TAKEN;
    }

    /**
     * Records that the server accepted a claimed delivery's mail, as soon as it did: a crash after
     * this leaves nothing uncertain about it.
     */
    public void markSent(long deliveryId, String messageId, Instant now) throws SQLException {
      sent.setString(1, messageId);
      sent.setTimestamp(2, Timestamp.from(now));
      sent.setLong(3, deliveryId);
      sent.executeUpdate();
    }

    /**
     * Puts a claimed delivery back in the queue: its mail did not leave, a later run may send it.
     */
    public void release(long deliveryId, String error) throws SQLException {
      try (PreparedStatement release =
          connection.prepareStatement(
              "UPDATE delivery SET status = 'PENDING', last_error = ?, version = version + 1"
                  + " WHERE id = ? AND status = 'SENDING'")) {
        SendingLedger.bind(release, SendingLedger.truncate(error), deliveryId);
        release.executeUpdate();
      }
    }

    @Override
    public void close() throws SQLException {
      // Closing the connection hands it back to the pool, which closes or caches its statements.
      connection.close();
    }
  }
}
