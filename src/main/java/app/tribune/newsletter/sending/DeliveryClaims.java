package app.tribune.newsletter.sending;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The statements a send makes for every delivery: claim it before its mail leaves, record it sent
 * right after, or give it back. Each must be in the database before the caller goes on, whatever
 * happens to the chunk around it, so they run in auto-commit on connections that never join the
 * chunk's transaction (the pool {@code jdbc/tribune-direct} of
 * server-config/post-boot-commands.asadmin). A claim then costs one statement, not a transaction
 * suspended, begun, committed and resumed around it, which took a sixth of a send's time.
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

  /** A delivery whose mail the server accepted, with the Message-ID it went under. */
  public record Sent(long deliveryId, String messageId) {}

  @Resource(lookup = "jdbc/tribune-direct")
  private DataSource direct;

  /**
   * Claims a pending delivery for sending, unless its subscriber can no longer receive: that is
   * checked in the same statement, so an unsubscribe committed before the claim always wins.
   */
  public Claim claim(long deliveryId, Instant now) throws SQLException {
    if (update(
            "UPDATE delivery SET status = 'SENDING', claimed_at = ?, attempts = attempts + 1,"
                + " version = version + 1 WHERE id = ? AND status = 'PENDING'"
                + " AND EXISTS (SELECT 1 FROM subscriber s"
                + "   WHERE s.id = delivery.subscriber_id AND s.status = 'CONFIRMED')",
            Timestamp.from(now),
            deliveryId)
        == 1) {
      return Claim.CLAIMED;
    }
    return update(
                "UPDATE delivery SET status = 'SKIPPED', version = version + 1"
                    + " WHERE id = ? AND status = 'PENDING'",
                deliveryId)
            == 1
        ? Claim.SKIPPED
        : Claim.TAKEN;
  }

  /** Records the mails the server accepted, in one batch. */
  public void markSent(List<Sent> sent, Instant now) throws SQLException {
    try (Connection connection = direct.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE delivery SET status = 'SENT', message_id = ?, sent_at = ?,"
                    + " last_error = NULL, version = version + 1"
                    + " WHERE id = ? AND status = 'SENDING'")) {
      Timestamp at = Timestamp.from(now);
      for (Sent one : sent) {
        update.setString(1, one.messageId());
        update.setTimestamp(2, at);
        update.setLong(3, one.deliveryId());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** Puts a claimed delivery back in the queue: its mail did not leave, a later run may send it. */
  public void release(long deliveryId, String error) throws SQLException {
    update(
        "UPDATE delivery SET status = 'PENDING', last_error = ?, version = version + 1"
            + " WHERE id = ? AND status = 'SENDING'",
        SendingLedger.truncate(error),
        deliveryId);
  }

  private int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = direct.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SendingLedger.bind(statement, parameters);
      return statement.executeUpdate();
    }
  }
}
