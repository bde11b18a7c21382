package app.tribune.tag;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The tags screen as an editor uses it on the demo tags, and what readers then find at the tags'
 * addresses, cached before the change.
 */
class TagsAdminIT {

  private final TribuneServer server = TribuneServer.apart("desk");
  private final WebClient admin = WebClient.administrator(server);
  private final WebClient reader = new WebClient(server.baseUrl());

  @Test
  void aRenamedTagKeepsItsAddressAndShowsItsNewNameEscaped() {
    reader.page("/tag/multinationales");
    String hostile = "Multinationales <script>alert('tag')</script>";

    HttpResponse<String> renamed =
        admin.submit(chosen("Multinationales"), "tag", Map.of("tag:name", hostile), "tag:rename");

    assertThat(renamed.body()).contains("renommé en");
    Document page = reader.page("/tag/multinationales");
    assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
    assertThat(page.select("script:containsData(alert)")).isEmpty();
    // Parsed as text, not as a script element: the screen escaped it too.
    assertThat(Jsoup.parse(renamed.body()).select("#tag h2").text()).contains(hostile);
  }

  @Test
  void anOverLongNameIsRefusedBesideTheFieldAndNothingChanges() {
    HttpResponse<String> refused =
        admin.submit(
            chosen("Biodiversité"), "tag", Map.of("tag:name", "b".repeat(81)), "tag:rename");

    assertThat(Jsoup.parse(refused.body()).select("[id='tag:name'] ~ .ui-message-error"))
        .isNotEmpty();
    assertThat(reader.page("/tag/biodiversite").selectFirst("h1").text()).isEqualTo("Biodiversité");
  }

  @Test
  void aMergedTagsAddressLeadsToTheOtherTagWhichKeepsEveryArticleOnce() {
    Set<String> articles = new LinkedHashSet<>(articleLinks("/tag/politique-agricole"));
    articles.addAll(articleLinks("/tag/circuits-courts"));
    Document source = chosen("Politique agricole");
    assertThat(source.select(".tag-usage").eachText()).doesNotContain("0");
    assertThat(source.select("button[id$=':delete']")).as("delete of used tags").isEmpty();

    HttpResponse<String> merged =
        admin.submit(source, "tag", Map.of("tag:target_input", "circuits courts"), "tag:merge");

    assertThat(merged.body()).contains("fusionné dans");
    HttpResponse<String> moved = reader.get("/tag/politique-agricole");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/tag/circuits-courts"));
    assertThat(articleLinks("/tag/circuits-courts")).containsExactlyInAnyOrderElementsOf(articles);
    Element entry =
        admin.page("/admin/audit/").select("tr:has(td.action:containsOwn(tag.merge))").first();
    assertThat(entry).isNotNull();
    assertThat(entry.selectFirst("td.detail").text())
        .startsWith("Politique agricole → Circuits courts");
  }

  @Test
  void anAuthorReachesNeitherTheScreenNorItsLink() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");

    assertThat(author.get("/admin/tags/").statusCode()).isEqualTo(403);
    assertThat(author.page("/admin/").select("a[href*='/admin/tags/']")).isEmpty();
    assertThat(admin.page("/admin/").select("a[href*='/admin/tags/']")).hasSize(1);
  }

  /** The tags screen with the tag of that name chosen, found through the screen's search. */
  private Document chosen(String name) {
    Document list = admin.page("/admin/tags/");
    HttpResponse<String> found =
        admin.submit(list, "tags", Map.of("tags:text", name), "tags:apply");
    Element link =
        Jsoup.parse(found.body(), list.location()).select("a.tag-name").stream()
            .filter(a -> a.text().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No tag " + name + " on the tags screen"));
    return admin.page(link.attr("abs:href"));
  }

  /** The articles a public tag page lists (all of them: demo tags have fewer than a page). */
  private Set<String> articleLinks(String path) {
    return new LinkedHashSet<>(reader.page(path).select(".teasers h3 a").eachAttr("href"));
  }
}
