package app.tribune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Articles written straight into a server's database, behind the application's back, for tests
 * about what the site makes of rows it did not write itself.
 */
public final class ArticleRows {

  private ArticleRows() {}

  /**
   * Inserts a French news article in the section with slug {@code section}, published (and, when
   * {@code status} is ARCHIVED, archived) now.
   */
  public static void insert(
      Connection connection, long id, String slug, String title, String section, String status)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO article (id, slug, title, lead, type, status, section_id, language,"
                + " translation_group, published_at, archived_at, created_at, updated_at)"
                + " SELECT ?, ?, ?, 'Un chapô.', 'NEWS', ?, s.id, 'fr', ?,"
                + " CURRENT_TIMESTAMP, CASE WHEN ? = 'ARCHIVED' THEN CURRENT_TIMESTAMP END,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM section s WHERE s.slug = ?")) {
      insert.setLong(1, id);
      insert.setString(2, slug);
      insert.setString(3, title);
      insert.setString(4, status);
      insert.setString(5, UUID.randomUUID().toString());
      insert.setString(6, status);
      insert.setString(7, section);
      assertThat(insert.executeUpdate()).as("article %s inserted", slug).isEqualTo(1);
    }
  }

  /**
   * Records in the change log that another node changed article {@code articleId}, as that node
   * would after committing; a server of the same database follows it within seconds.
   */
  public static void recordChangeOnAnotherNode(Connection connection, long changeId, long articleId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO content_change (id, node, article_id, article_deleted, recorded_at)"
                + " VALUES (?, 'another-node', ?, FALSE, ?)")) {
      insert.setLong(1, changeId);
      insert.setLong(2, articleId);
      insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  /** Waits for what the change relay promises within seconds; gives up after thirty. */
  public static void awaitRelayed(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("the change reached the node in time").isBefore(deadline);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
