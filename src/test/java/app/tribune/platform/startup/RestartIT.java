package app.tribune.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An instance beside another, each with its own port and data folder, and a restart that keeps the
 * data and creates nothing twice. Run once, in the H2 pass: the data folder is the point.
 */
@EnabledIfSystemProperty(named = "tribune.it.database", matches = "h2")
class RestartIT {

  @Test
  void anInstanceRunsBesideAnotherAndARestartKeepsEverything() {
    // The suite's shared server is the other instance: its own port, data folder and database.
    TribuneServer first = TribuneServer.start("restart-first", Map.of());
    List<String> firstHome;
    try {
      firstHome = teaserTitles(first);
      assertThat(firstHome).isNotEmpty();
      assertThat(teaserTitles(TribuneServer.shared())).isEqualTo(firstHome);
      assertThat(first.log()).contains("Demo content loaded");
    } finally {
      first.stop();
    }

    TribuneServer restarted = first.restart();
    try {
      assertThat(teaserTitles(restarted)).isEqualTo(firstHome);
      assertThat(restarted.log())
          .doesNotContain("Demo content loaded")
          .doesNotContain("Administrator account");
    } finally {
      restarted.stop();
    }
  }

  private static List<String> teaserTitles(TribuneServer server) {
    return new WebClient(server.baseUrl()).page("/").select("article.teaser h3").eachText();
  }
}
