package app.tribune.newsletter.sending;

import app.tribune.platform.i18n.Language;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Reads one partition's pending deliveries by id, a page at a time (keyset: {@code id > last}), so
 * a list of any length is never held in memory. No checkpoint is kept: a restart reads the range
 * again from its start, and finds pending only what still is.
 */
@Named
@Dependent
public class DeliveryReader extends AbstractItemReader {

  private static final int PAGE = 500;

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject
  @BatchProperty(name = "fromId")
  String fromId;

  @Inject
  @BatchProperty(name = "toId")
  String toId;

  @Resource(lookup = "jdbc/tribune")
  private DataSource dataSource;

  private final Deque<Recipient> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = Long.parseLong(fromId) - 1;
  }

  @Override
  public Object readItem() throws SQLException {
    if (page.isEmpty() && !exhausted) {
      readPage();
    }
    return page.poll();
  }

  private void readPage() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                // Erased subscribers' deliveries are read too, for their claim to skip them.
                "SELECT d.id, COALESCE(d.subscriber_id, 0), d.email, s.name,"
                    + " COALESCE(s.language, 'fr')"
                    + " FROM delivery d LEFT JOIN subscriber s ON s.id = d.subscriber_id"
                    + " WHERE d.issue_id = ? AND d.status = 'PENDING' AND d.id > ? AND d.id <= ?"
                    // The index's own order (issue and status are fixed): H2 then reads the page
                    // straight off the index, where "ORDER BY d.id" had it sort every pending row
                    // of the range to keep the first ones.
                    + " ORDER BY d.issue_id, d.status, d.id LIMIT ?")) {
      select.setLong(1, Long.parseLong(issueId));
      select.setLong(2, lastId);
      select.setLong(3, Long.parseLong(toId));
      select.setInt(4, PAGE);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          page.add(
              new Recipient(
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getString(3),
                  rows.getString(4),
                  Language.fromCode(rows.getString(5))));
        }
      }
    }
    exhausted = page.size() < PAGE;
    if (!page.isEmpty()) {
      lastId = page.peekLast().deliveryId();
    }
  }
}
