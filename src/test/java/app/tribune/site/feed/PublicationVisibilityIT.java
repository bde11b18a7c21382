package app.tribune.site.feed;

import static app.tribune.site.feed.MachineDocuments.atom;
import static app.tribune.site.feed.MachineDocuments.child;
import static app.tribune.site.feed.MachineDocuments.get;
import static app.tribune.site.feed.MachineDocuments.href;
import static app.tribune.site.feed.MachineDocuments.sitemapElements;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.ArticleRows;
import app.tribune.testing.OpenDatabaseNode;
import app.tribune.testing.TribuneServer;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Which articles feeds and the sitemap let out, on a site holding articles in every status. The
 * rows are written straight into the server's database, the quickest way to every status at once;
 * that needs a database the test can reach beside the server, so the test runs in the PostgreSQL
 * pass.
 */
@EnabledIfSystemProperty(named = "tribune.it.database", matches = "postgresql")
class PublicationVisibilityIT {

  private static final List<String> HIDDEN =
      List.of("DRAFT", "IN_REVIEW", "SCHEDULED", "REJECTED", "TRASHED");
  private static final long FIRST_ID = 990_001;

  private static TribuneServer server;
  private static Feed newsletterBefore;
  private static HttpResponse<String> sitemapBefore;

  @BeforeAll
  static void addArticlesInEveryStatus() throws SQLException {
    OpenDatabaseNode node = OpenDatabaseNode.shared();
    server = node.server();
    newsletterBefore = atom(server.url("/newsletter/feed.xml"));
    sitemapBefore = get(server.url("/sitemap.xml"));
    long published;
    try (Connection connection = node.database().connect()) {
      long id = FIRST_ID;
      for (String status : HIDDEN) {
        insertArticle(connection, id++, "analyses", status);
      }
      insertArticle(connection, id++, "analyses", "ARCHIVED");
      published = id++;
      insertArticle(connection, published, "analyses", "PUBLISHED");
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "INSERT INTO section (id, name, slug, active)"
                + " VALUES (990101, 'Fermée', 'visibility-closed', FALSE)");
        statement.executeUpdate(
            "INSERT INTO newsletter_issue (id, number, period, subject, status, created_at,"
                + " sent_at) VALUES (990201, 901, '2001-01', 'Numéro envoyé', 'SENT',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        statement.executeUpdate(
            "INSERT INTO newsletter_issue (id, number, period, subject, status, created_at)"
                + " VALUES (990202, 902, '2001-02', 'Numéro prêt', 'READY', CURRENT_TIMESTAMP)");
      }
      insertArticle(connection, id, "visibility-closed", "PUBLISHED");
      // Rows written behind the application's back fire no content event: announce them as
      // another node would, so that the cached feeds and sitemap make way for new ones.
      ArticleRows.recordChangeOnAnotherNode(connection, 990_301, published);
    }
    // The sitemap was cached before the rows went in: once it shows them, the cache was cleared.
    String newest = article("analyses", "PUBLISHED");
    ArticleRows.awaitRelayed(
        () ->
            sitemapElements(MachineDocuments.xml(server.url("/sitemap.xml")), "url").stream()
                .anyMatch(url -> child(url, "loc").equals(newest)));
  }

  /** An article newer than any of the demo's, so that a feed would show it first if it let it. */
  private static void insertArticle(Connection connection, long id, String section, String status)
      throws SQLException {
    ArticleRows.insert(
        connection,
        id,
        slug(section, status),
        "Article " + status + " de " + section,
        section,
        status);
  }

  private static String slug(String section, String status) {
    return "visibility-" + section + "-" + status.toLowerCase().replace('_', '-');
  }

  private static String article(String section, String status) {
    return server.url("/articles/" + slug(section, status));
  }

  @Test
  void feedsAnnounceOnlyPublishedArticles() {
    for (String path : List.of("/feed.xml", "/section/analyses/feed.xml")) {
      List<String> ids = atom(server.url(path)).getEntries().stream().map(Entry::getId).toList();

      assertThat(ids).as(path).contains(article("analyses", "PUBLISHED"));
      assertThat(ids).as(path).doesNotContain(article("analyses", "ARCHIVED"));
      for (String status : HIDDEN) {
        assertThat(ids).as(path).doesNotContain(article("analyses", status));
      }
    }
  }

  @Test
  void theSitemapListsPublishedAndArchivedArticlesOnlyAndActiveSectionsOnly() {
    List<String> locations =
        sitemapElements(MachineDocuments.xml(server.url("/sitemap.xml")), "url").stream()
            .map(url -> child(url, "loc"))
            .toList();

    assertThat(locations)
        .contains(
            article("analyses", "PUBLISHED"),
            article("analyses", "ARCHIVED"),
            article("visibility-closed", "PUBLISHED"))
        .doesNotContain(server.url("/section/visibility-closed"));
    for (String status : HIDDEN) {
      assertThat(locations).doesNotContain(article("analyses", status));
      assertThat(get(article("analyses", status)).statusCode()).isEqualTo(404);
    }
    assertThat(get(article("analyses", "ARCHIVED")).statusCode()).isEqualTo(200);
  }

  @Test
  void anInactiveSectionHasNoFeed() {
    assertThat(get(server.url("/section/visibility-closed/feed.xml")).statusCode()).isEqualTo(404);
  }

  @Test
  void theNewsletterFeedAnnouncesSentIssuesOnly() {
    List<Entry> entries = atom(server.url("/newsletter/feed.xml")).getEntries();

    assertThat(entries).hasSize(newsletterBefore.getEntries().size() + 1);
    assertThat(entries).extracting(Entry::getTitle).doesNotContain("Numéro prêt");
    Entry sent =
        entries.stream()
            .filter(entry -> entry.getTitle().equals("Numéro envoyé"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sent issue is not announced"));
    assertThat(sent.getId()).isEqualTo(server.url("/newsletter/issues/901"));
    assertThat(href(sent.getAlternateLinks(), "alternate"))
        .isEqualTo(server.url("/newsletter/issues/901"));
  }

  @Test
  void theSitemapsValidatorMovesWhenItsContentChanges() {
    String before = sitemapBefore.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> after = get(server.url("/sitemap.xml"), "If-None-Match", before);

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).isNotEqualTo(before));
    assertThat(after.body()).isNotEqualTo(sitemapBefore.body());
  }
}
