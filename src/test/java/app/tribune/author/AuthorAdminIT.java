package app.tribune.author;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The authors screen as an editor uses it, what readers see at once on the author's page, which
 * they had read (and the cache kept) before the change, and who may not use it.
 */
class AuthorAdminIT {

  /** A demo author who signs several articles. */
  private static final String SIGNING_AUTHOR = "Coalition Justice Climat Wallonie-Bruxelles";

  private final TribuneServer server = TribuneServer.apart("desk");
  private final WebClient admin = WebClient.administrator(server);
  private final WebClient reader = new WebClient(server.baseUrl());

  @Test
  void aNewAuthorHasAPageAndANewNameShowsThereAtOnce() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        save(
            admin.page("/admin/authors/"),
            Map.of(
                "author:name", "Camille Verhaegen " + mark,
                "author:bio", "Chargée de plaidoyer.",
                "author:website", "https://camille.example.org/"));
    assertThat(created.body()).contains("Auteur « Camille Verhaegen " + mark + " » enregistré.");
    String page = "/author/camille-verhaegen-" + mark;
    Document before = reader.page(page);
    assertThat(before.selectFirst("h1").text()).contains("Camille Verhaegen " + mark);
    assertThat(before.selectFirst(".bio").text()).isEqualTo("Chargée de plaidoyer.");
    assertThat(before.selectFirst(".website a").attr("href"))
        .isEqualTo("https://camille.example.org/");

    Document editing = pressOnRow(mark, "edit");
    save(editing, Map.of("author:name", "Camille Verhaegen-Dubois " + mark));

    assertThat(reader.page(page).selectFirst("h1").text())
        .contains("Camille Verhaegen-Dubois " + mark);
  }

  @Test
  void anAuthorNoArticleNamesIsDeletedAndTheirPageGoes() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    save(admin.page("/admin/authors/"), Map.of("author:name", "Collectif éphémère " + mark));
    String page = "/author/collectif-ephemere-" + mark;
    reader.page(page);

    Document deleted = pressOnRow(mark, "delete");

    assertThat(deleted.html()).contains("Auteur « Collectif éphémère " + mark + " » supprimé.");
    assertThat(reader.get(page).statusCode()).isEqualTo(404);
  }

  @Test
  void anAuthorWhoSignsArticlesIsKeptWithAMessageSayingWhy() {
    Document list = filtered("Coalition Justice");
    Element row = row(list, SIGNING_AUTHOR);
    assertThat(Long.parseLong(row.selectFirst(".article-count").text())).isPositive();

    HttpResponse<String> refused =
        admin.submit(
            list, "authors", Map.of(), row.selectFirst("button[id$=':delete']").attr("name"));

    // The growl's text is written in a script, where a hyphen comes escaped.
    assertThat(refused.body())
        .contains("« Coalition Justice Climat Wallonie")
        .contains("» signe")
        .contains("avant de le supprimer");
    assertThat(reader.get("/author/coalition-justice-climat-wallonie-bruxelles").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aWebsiteThatIsNotAWebAddressIsRefusedBesideItsField() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> refused =
        save(
            admin.page("/admin/authors/"),
            Map.of(
                "author:name",
                "Plume piégée " + mark,
                "author:website",
                "javascript:alert(document.cookie)"));

    Element message =
        Jsoup.parse(refused.body()).selectFirst("[id='author:website'] ~ .ui-message-error");
    assertThat(message).isNotNull();
    assertThat(message.text()).contains("https://");
    assertThat(reader.get("/author/plume-piegee-" + mark).statusCode()).isEqualTo(404);
  }

  @Test
  void authorsNeitherSeeNorReachTheAuthorsScreen() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");

    assertThat(author.get("/admin/authors/").statusCode()).isEqualTo(403);
    assertThat(author.page("/admin/").select("a[href*='/admin/authors/']")).isEmpty();
    assertThat(admin.page("/admin/").select("a[href*='/admin/authors/']")).isNotEmpty();
  }

  /** The list filtered on a name, as the screen answers the filter button. */
  private Document filtered(String text) {
    HttpResponse<String> response =
        admin.submit(
            admin.page("/admin/authors/"),
            "authors",
            Map.of("authors:text", text),
            "authors:apply");
    return Jsoup.parse(response.body(), server.baseUrl() + "/admin/authors/");
  }

  private static Element row(Document list, String name) {
    return list.select("#authors\\:table_data tr").stream()
        .filter(tr -> tr.select(".author-name").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + name));
  }

  /** Presses a button of the only row whose name contains {@code mark}; the page answered. */
  private Document pressOnRow(String mark, String button) {
    Document list = filtered(mark);
    Element row = list.selectFirst("#authors\\:table_data tr:has(.author-name)");
    assertThat(row).as("row of %s", mark).isNotNull();
    HttpResponse<String> response =
        admin.submit(
            list,
            "authors",
            Map.of(),
            row.selectFirst("button[id$=':" + button + "']").attr("name"));
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), list.location());
  }

  /** Saves the author form as shown, with {@code changes}. */
  private HttpResponse<String> save(Document page, Map<String, String> changes) {
    Map<String, String> values = WebClient.shownValues(page, "author");
    values.putAll(changes);
    return admin.submit(page, "author", values, "author:save");
  }
}
