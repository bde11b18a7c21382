package app.tribune.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The public archive of sent issues, on the demo content's two past issues. */
class NewsletterArchiveIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void theArchiveListsTheSentIssuesLatestFirstAndEveryPageFootLinksToIt() {
    Document archive = web.page("/newsletter/issues");

    assertThat(archive.selectFirst("h1").text()).isEqualTo("Infolettres envoyées");
    List<String> links = archive.select(".newsletter-issues a").eachAttr("href");
    assertThat(links).startsWith("/newsletter/issues/2", "/newsletter/issues/1");
    assertThat(archive.select(".newsletter-issues .meta").first().text().replace('\u00a0', ' '))
        .startsWith("N° 2");
    assertThat(web.page("/").select(".site-footer a[href=/newsletter/issues]")).hasSize(1);
  }

  @Test
  void anIssueShowsItsIntroductionAndItsArticlesUnderTheirSections() {
    Document issue = web.page("/newsletter/issues/2");

    String subject = "Infolettre\u00a0: nos bénévoles, le Mercosur et la marche pour le climat";
    // wholeText: text() would read the no-break spaces as ordinary ones.
    assertThat(issue.selectFirst("h1").wholeText()).isEqualTo(subject);
    assertThat(issue.selectFirst("title").wholeText()).startsWith(subject + " · ");
    assertThat(issue.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(subject);
    assertThat(issue.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(subject);
    assertThat(issue.selectFirst(".surtitle").text()).matches("N°\\s2 · [a-zé]+ \\d{4}");
    assertThat(issue.selectFirst("article .meta").text())
        .matches("Envoyée le (1er|\\d{1,2}) [a-zéû]+ \\d{4}");
    assertThat(issue.selectFirst(".introduction").text()).startsWith("Chères amies");
    // Grouped by section as the newsletter job groups them: each heading once.
    assertThat(issue.select(".newsletter-group h2").eachText())
        .contains("Actualités", "Analyses")
        .doesNotHaveDuplicates();
    List<Element> items = issue.select(".newsletter-items h3 a");
    assertThat(items).hasSize(4);
    for (Element item : items) {
      assertThat(item.attr("href")).startsWith("/articles/");
      assertThat(web.get(item.attr("href")).statusCode()).isEqualTo(200);
    }
    assertThat(issue.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.url("/newsletter/issues/2"));
  }

  @Test
  void theArchiveSpeaksTheReadersLanguageWhileAnIssueKeepsItsOwn() {
    Document dutch = web.page("/nl/newsletter/issues");

    assertThat(dutch.selectFirst("h1").text()).isEqualTo("Verstuurde nieuwsbrieven");
    assertThat(dutch.select(".newsletter-issues a").eachAttr("href"))
        .contains("/newsletter/issues/1");
    assertThat(web.page("/en/newsletter/issues/1").selectFirst("html").attr("lang"))
        .isEqualTo("fr");
  }

  @Test
  void unknownAndMalformedNumbersAreNotFoundAndNeverEchoed() {
    for (String number :
        List.of("3", "999999999", "0", "-1", "abc", "1%20OR%201=1", "9".repeat(5_000))) {
      var response = web.get("/newsletter/issues/" + number);
      assertThat(response.statusCode()).as(number).isEqualTo(404);
      assertThat(response.body()).doesNotContain("OR 1=1", "9".repeat(50));
    }
    String script = URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8);
    var hostile = web.get("/newsletter-issue.xhtml?number=" + script);
    assertThat(hostile.statusCode()).isEqualTo(404);
    assertThat(hostile.body()).doesNotContain("<script>alert");
  }
}
