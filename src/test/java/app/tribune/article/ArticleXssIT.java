package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile rich text typed into the editor never reaches readers as script; and the back office
 * ignores form posts that do not come from one of its own views.
 */
class ArticleXssIT {

  private final TribuneServer server = TribuneServer.apart("desk");
  private final ArticleDesk desk = ArticleDesk.asAdministrator(server);

  @Test
  void noVectorSavedThroughTheEditorIsDangerousOnThePublicPage() {
    long id = desk.create("Corpus " + UUID.randomUUID(), "<p>Départ</p>");
    desk.pressAndRead(desk.editor(id), "publish", Map.of());
    String slug = desk.editor(id).getElementById("edit:slug").val();
    WebClient reader = new WebClient(server.baseUrl());

    List<String> failures = new ArrayList<>();
    for (String vector : XssVectors.all()) {
      Document saved =
          desk.pressAndRead(
              desk.editor(id), "save", Map.of("edit:body_input", vector + "<p>fin</p>"));
      assertThat(ArticleDesk.messages(saved)).as(vector).contains("Article enregistré.");
      Document page = reader.page("/articles/" + slug);
      Element body = page.selectFirst("article .body");
      // What follows an unclosed raw-text element (style, textarea) may be swallowed with it:
      // harmless, so only the presence of the body is required.
      assertThat(body).as(vector).isNotNull();
      List<String> dangers = XssVectors.dangers(body);
      if (!dangers.isEmpty()) {
        failures.add(vector + " -> " + dangers);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aPostWithoutAViewStateOrWithAnotherOneChangesNothing() {
    String title = "Intouchable " + UUID.randomUUID();
    long id = desk.create(title, "<p>Texte</p>");
    Document editor = desk.editor(id);
    Map<String, String> fields = ArticleDesk.shownFields(editor);
    fields.put("edit:title", "Piraté");

    Document forged = editor.clone();
    forged.select("input[name=jakarta.faces.ViewState]").remove();
    HttpResponse<String> missing = desk.web.submit(forged, "edit", fields, "edit:save");
    Document foreign = editor.clone();
    foreign.select("input[name=jakarta.faces.ViewState]").val("-123456789:987654321");
    HttpResponse<String> replayed = desk.web.submit(foreign, "edit", fields, "edit:save");

    assertThat(missing.statusCode()).isNotEqualTo(302);
    assertThat(replayed.statusCode()).isNotEqualTo(302);
    assertThat(desk.editor(id).getElementById("edit:title").val()).isEqualTo(title);
    assertThat(Jsoup.parse(missing.body()).text()).doesNotContain("Article enregistré");
    assertThat(Jsoup.parse(replayed.body()).text()).doesNotContain("Article enregistré");
  }

  @Test
  void backOfficePagesAreNeverStored() {
    for (String path : List.of("/admin/articles/", "/admin/articles/edit.xhtml")) {
      HttpResponse<String> response = desk.web.get(path);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
  }
}
