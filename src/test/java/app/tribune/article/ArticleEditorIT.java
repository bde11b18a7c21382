package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An editor works on articles in the back office, from the list to the public page. */
class ArticleEditorIT {

  private final TribuneServer server = TribuneServer.apart("desk");
  private final ArticleDesk desk = ArticleDesk.asAdministrator(server);

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theListShowsArticlesAPageAtATimeWithoutTheTrash() {
    Document list = desk.web.page("/admin/articles/");

    assertThat(list.select("#list\\:table tbody tr")).hasSizeBetween(1, 25);
    String titles = list.select("#list\\:table tbody a.edit-link").text();
    assertThat(DemoSite.content().visibleArticles())
        .anySatisfy(article -> assertThat(titles).contains(article.title()));
  }

  @Test
  void theListFiltersByTitleAndStatusOnTheServer() {
    String title = unique("Filtre sur le titre");
    desk.create(title, "<p>Texte</p>");
    Document list = desk.web.page("/admin/articles/");

    HttpResponse<String> filtered =
        desk.web.submit(
            list,
            "list",
            Map.of("list:text", title.substring(title.length() - 8), "list:status_input", "DRAFT"),
            "list:apply");

    Document page = Jsoup.parse(filtered.body());
    assertThat(page.select("#list\\:table tbody a.edit-link").eachText()).containsExactly(title);
  }

  @Test
  void selectedArticlesArePublishedTogetherAndThoseAlreadyPublishedAreCounted() {
    String mark = UUID.randomUUID().toString().substring(0, 8);
    long first = desk.create("Lot " + mark + " un", "<p>Un</p>");
    long second = desk.create("Lot " + mark + " deux", "<p>Deux</p>");
    long already = desk.create("Lot " + mark + " trois", "<p>Trois</p>");
    desk.pressAndRead(desk.editor(already), "publish", Map.of());
    Document list = desk.web.page("/admin/articles/");

    HttpResponse<String> response =
        desk.web.submit(
            list,
            "list",
            Map.of("list:table_selection", first + "," + second + "," + already),
            "list:publishSelected");

    String messages = ArticleDesk.messages(Jsoup.parse(response.body()));
    assertThat(messages).contains("2 articles publiés").contains("Un article n’a pas changé");
    assertThat(desk.editor(first).select(".status").first().text()).isEqualTo("Publié");
    assertThat(desk.editor(second).select(".status").first().text()).isEqualTo("Publié");
    assertThat(desk.editor(already).select(".status").first().text()).isEqualTo("Publié");
  }

  @Test
  void anEditorWritesAnArticlePublishesItAndReadersFindItOnTheHomePage() {
    String title = unique("Un article écrit dans la rédaction");
    long id = desk.create(title, "<h2>Intertitre</h2><p>Premier <strong>paragraphe</strong>.</p>");

    Document published = desk.pressAndRead(desk.editor(id), "publish", Map.of());

    assertThat(ArticleDesk.messages(published)).contains("Article publié.");
    assertThat(published.select(".status").first().text()).isEqualTo("Publié");
    Document home = new WebClient(server.baseUrl()).page("/");
    assertThat(home.text()).contains(title);
    String slug = desk.editor(id).getElementById("edit:slug").val();
    Document article = new WebClient(server.baseUrl()).page("/articles/" + slug);
    assertThat(article.select(".body h2").text()).isEqualTo("Intertitre");
    assertThat(article.select(".body strong").text()).isEqualTo("paragraphe");
  }

  @Test
  void theSlugIsProposedFromTheTitleAndKeptUnique() {
    String title = unique("Même titre, deux articles");
    long first = desk.create(title, "<p>Un</p>");
    long second = desk.create(title, "<p>Deux</p>");

    String firstSlug = desk.editor(first).getElementById("edit:slug").val();
    String secondSlug = desk.editor(second).getElementById("edit:slug").val();

    assertThat(firstSlug).startsWith("meme-titre-deux-articles-");
    assertThat(secondSlug).isEqualTo(firstSlug + "-2");

    Document refused =
        desk.pressAndRead(desk.editor(second), "save", Map.of("edit:slug", firstSlug));
    assertThat(ArticleDesk.messages(refused)).contains("est déjà utilisée par un autre article");
    assertThat(desk.editor(second).getElementById("edit:slug").val()).isEqualTo(secondSlug);
  }

  @Test
  void theSecondOfTwoConcurrentSavesIsRefusedWithACompareAndReload() {
    String title = unique("Deux onglets");
    long id = desk.create(title, "<p>Version de départ</p>");
    Document first = desk.editor(id);
    Document second = desk.editor(id);

    desk.pressAndRead(first, "save", Map.of("edit:title", title + " (premier)"));
    Document refused = desk.pressAndRead(second, "save", Map.of("edit:title", title + " (second)"));

    assertThat(ArticleDesk.messages(refused))
        .contains("a enregistré cet article")
        .doesNotContain("Exception");
    assertThat(refused.select(".conflict table.diff").text())
        .contains(title + " (second)")
        .contains(title + " (premier)");
    assertThat(desk.editor(id).getElementById("edit:title").val()).isEqualTo(title + " (premier)");

    Document reloaded = desk.pressAndRead(refused, "reload", Map.of());
    assertThat(reloaded.getElementById("edit:title").val()).isEqualTo(title + " (premier)");
    assertThat(reloaded.select(".conflict")).isEmpty();
  }

  @Test
  void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
    String title = unique("Révisions");
    long id = desk.create(title, "<p>Première version</p>");
    desk.pressAndRead(desk.editor(id), "save", Map.of("edit:title", title + " v2"));

    Document editor = desk.editor(id);
    assertThat(editor.select("#edit\\:revisionTable tbody tr")).hasSize(2);
    assertThat(editor.select("#edit\\:revisionTable tbody").text()).contains("admin");

    assertThat(editor.select("#edit\\:revisionTable tbody tr td:nth-child(2)").eachText())
        .as("latest first")
        .containsExactly(title + " v2", title);
    String restoreFirst =
        editor
            .select("#edit\\:revisionTable tbody tr")
            .get(1)
            .selectFirst("button[id$=restoreRevision]")
            .id();
    // As the button sends it: itself only, not the fields of the form.
    HttpResponse<String> response = desk.web.submit(editor, "edit", Map.of(), restoreFirst);
    Document restored = Jsoup.parse(response.body(), editor.location());

    assertThat(ArticleDesk.messages(restored)).contains("Version remise");
    assertThat(restored.select("#edit\\:revisionTable tbody tr td:nth-child(5)").eachText())
        .as("one restoration, saved as the third revision")
        .containsExactly("← 1");
    assertThat(desk.editor(id).getElementById("edit:title").val()).isEqualTo(title);
    assertThat(restored.getElementById("edit:title").val()).isEqualTo(title);
  }

  @Test
  void aSharedPreviewShowsTheDraftToAnyoneWithTheLinkAndToNobodyElse() {
    String title = unique("Brouillon à relire");
    long id = desk.create(title, "<p>Pas encore public</p>");

    Document shared = desk.pressAndRead(desk.editor(id), "sharePreview", Map.of());
    String url = shared.getElementById("edit:previewUrl").val();
    String path = url.substring(url.indexOf("/preview.xhtml"));
    WebClient reviewer = new WebClient(server.baseUrl());
    HttpResponse<String> preview = reviewer.get(path);

    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(preview.body()).select("h1").text()).isEqualTo(title);
    assertThat(preview.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(preview.headers().firstValue("X-Robots-Tag"))
        .hasValueSatisfying(v -> assertThat(v).contains("noindex"));
    String tampered = path.replaceFirst("t=" + id + "\\.", "t=" + (id + 1) + ".");
    assertThat(reviewer.get(tampered).statusCode()).isEqualTo(404);
    assertThat(reviewer.get("/preview.xhtml?t=garbage").statusCode()).isEqualTo(404);

    Document inside = desk.web.page("/admin/articles/preview.xhtml?id=" + id);
    assertThat(inside.select("article h1").text()).isEqualTo(title);
  }

  @Test
  void aScheduledArticleIsPublishedWithinAMinuteOfItsTime() throws InterruptedException {
    String title = unique("Programmé");
    long id = desk.create(title, "<p>Bientôt en ligne</p>");
    ZonedDateTime nextMinute =
        ZonedDateTime.now(ZoneId.of("Europe/Brussels"))
            .truncatedTo(ChronoUnit.MINUTES)
            .plusMinutes(1);
    String at = nextMinute.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));

    Document scheduled =
        desk.pressAndRead(desk.editor(id), "schedule", Map.of("edit:publishAt_input", at));

    assertThat(ArticleDesk.messages(scheduled)).contains("Publication programmée.");
    assertThat(scheduled.select(".status").first().text()).isEqualTo("Programmé");
    String status = "";
    for (int attempt = 0; attempt < 75 && !status.equals("Publié"); attempt++) {
      Thread.sleep(2_000);
      status = desk.editor(id).select(".status").first().text();
    }
    assertThat(status).isEqualTo("Publié");
  }
}
