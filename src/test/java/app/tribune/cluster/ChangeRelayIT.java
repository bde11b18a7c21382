package app.tribune.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.ArticleRows;
import app.tribune.testing.PostgresServer;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A node follows what another node of the same database committed: its cached pages are rendered
 * again and its search index takes the article in. The other node is played by the test, which
 * writes the article and the change row as that node would, so the test needs a database it can
 * share with the server: the PostgreSQL pass.
 */
@EnabledIfSystemProperty(named = "tribune.it.database", matches = "postgresql")
class ChangeRelayIT {

  private static final long ARTICLE_ID = 880_001;
  private static final String TITLE = "La zébulonnerie, une coopérative relayée entre les nœuds";

  private static PostgresServer database;
  private static TribuneServer node;

  @BeforeAll
  static void startANodeOnASharedDatabase() {
    database = PostgresServer.start();
    node = TribuneServer.start("relay", database.environment());
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anArticlePublishedOnAnotherNodeReachesThisNodesPagesAndSearch() throws SQLException {
    WebClient web = new WebClient(node.baseUrl());
    assertThat(web.page("/section/actualites").text()).doesNotContain(TITLE);
    assertThat(web.page("/search?q=z%C3%A9bulonnerie").select(".result")).isEmpty();

    try (Connection connection = database.connect()) {
      ArticleRows.insert(
          connection, ARTICLE_ID, "zebulonnerie-relayee", TITLE, "actualites", "PUBLISHED");
      // The row alone changes nothing here: the node serves the page it rendered before.
      assertThat(web.page("/section/actualites").text()).doesNotContain(TITLE);
      recordChangeOnAnotherNode(connection, ARTICLE_ID);
    }

    awaitTrue(() -> web.page("/section/actualites").text().contains(TITLE));
    awaitTrue(() -> !web.page("/search?q=z%C3%A9bulonnerie").select(".result").isEmpty());
    assertThat(web.page("/search?q=z%C3%A9bulonnerie").selectFirst(".result h3 a").attr("href"))
        .isEqualTo("/articles/zebulonnerie-relayee");
  }

  private static void recordChangeOnAnotherNode(Connection connection, long articleId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO content_change (id, node, article_id, article_deleted, recorded_at)"
                + " VALUES (?, 'another-node', ?, FALSE, ?)")) {
      insert.setLong(1, 880_101);
      insert.setLong(2, articleId);
      insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  /** Waits for what a relay promises within seconds; gives up after thirty. */
  private static void awaitTrue(BooleanSupplier condition) {
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
