package app.tribune.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.ArticleRows;
import app.tribune.testing.OpenDatabaseNode;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.sql.Connection;
import java.sql.SQLException;
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

  private final OpenDatabaseNode shared = OpenDatabaseNode.shared();
  private final TribuneServer node = shared.server();

  @Test
  void anArticlePublishedOnAnotherNodeReachesThisNodesPagesAndSearch() throws SQLException {
    WebClient web = new WebClient(node.baseUrl());
    assertThat(web.page("/section/actualites").text()).doesNotContain(TITLE);
    assertThat(web.page("/search?q=z%C3%A9bulonnerie").select(".result")).isEmpty();

    try (Connection connection = shared.database().connect()) {
      ArticleRows.insert(
          connection, ARTICLE_ID, "zebulonnerie-relayee", TITLE, "actualites", "PUBLISHED");
      // The row alone changes nothing here: the node serves the page it rendered before.
      assertThat(web.page("/section/actualites").text()).doesNotContain(TITLE);
      ArticleRows.recordChangeOnAnotherNode(connection, 880_101, ARTICLE_ID);
    }

    ArticleRows.awaitRelayed(() -> web.page("/section/actualites").text().contains(TITLE));
    ArticleRows.awaitRelayed(
        () -> !web.page("/search?q=z%C3%A9bulonnerie").select(".result").isEmpty());
    assertThat(web.page("/search?q=z%C3%A9bulonnerie").selectFirst(".result h3 a").attr("href"))
        .isEqualTo("/articles/zebulonnerie-relayee");
  }
}
