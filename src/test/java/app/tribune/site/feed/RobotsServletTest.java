package app.tribune.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobotsServletTest {

  @Test
  void allowsEverythingButTheBackOfficeAndPointsToTheSitemap() {
    String text =
        RobotsServlet.robots(List.of("/admin/", "/nl/admin/"), "https://example.org/sitemap.xml");

    List<Map.Entry<String, String>> rules =
        text.lines()
            .filter(line -> !line.isBlank())
            .map(line -> line.split(":", 2))
            .map(parts -> Map.entry(parts[0].strip().toLowerCase(), parts[1].strip()))
            .toList();

    assertThat(rules)
        .containsExactly(
            Map.entry("user-agent", "*"),
            Map.entry("allow", "/"),
            Map.entry("disallow", "/admin/"),
            Map.entry("disallow", "/nl/admin/"),
            Map.entry("sitemap", "https://example.org/sitemap.xml"));
  }
}
