package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The article workflow as each role lives it on the real screens: an author writes and submits,
 * only an editor publishes, and nobody but editors touches an author's article.
 */
// Who may do what is decided in the services, before any query.
@DatabaseIndependent
class ArticleRolesIT {

  private static final String[] EDITOR_BUTTONS = {
    "publish", "schedule", "archive", "reject", "trash", "unpublish"
  };

  private final TribuneServer server = TribuneServer.apart("desk");

  @Test
  void anAuthorSubmitsForReviewAndOnlyAnEditorCanPublish() {
    ArticleDesk author = ArticleDesk.as(BackOfficeUsers.member(server, "AUTHOR"));
    String title = "Une analyse proposée par une autrice " + UUID.randomUUID();
    long id = author.create(title, "<p>Premier jet.</p>");

    Document draft = author.editor(id);
    assertThat(draft.getElementById("edit:submit")).as("submit button").isNotNull();
    assertNoEditorButtons(draft);

    Document submitted = author.pressAndRead(draft, "submit", Map.of());
    assertThat(ArticleDesk.messages(submitted)).contains("Article soumis à relecture.");
    assertThat(submitted.select(".status").first().text()).isEqualTo("En relecture");
    assertNoEditorButtons(submitted);
    assertThat(author.web.page("/admin/articles/").select("button[id$='publishSelected']"))
        .isEmpty();

    ArticleDesk editor = ArticleDesk.as(BackOfficeUsers.member(server, "EDITOR"));
    Document review = editor.editor(id);
    assertThat(review.getElementById("edit:publish")).as("publish button").isNotNull();
    Document published = editor.pressAndRead(review, "publish", Map.of());
    assertThat(published.select(".status").first().text()).isEqualTo("Publié");
    String slug = published.getElementById("edit:slug").val();
    assertThat(new WebClient(server.baseUrl()).page("/articles/" + slug).select("h1").text())
        .contains(title);
  }

  @Test
  void anAuthorCannotChangeAnotherAuthorsArticle() {
    ArticleDesk first = ArticleDesk.as(BackOfficeUsers.member(server, "AUTHOR"));
    long id = first.create("Le brouillon d’un autre " + UUID.randomUUID(), "<p>À moi.</p>");
    ArticleDesk second = ArticleDesk.as(BackOfficeUsers.newUser(server, "AUTHOR"));

    Document theirs = second.editor(id);

    assertThat(theirs.getElementById("edit:save")).as("save button").isNull();
    assertThat(theirs.getElementById("edit:submit")).as("submit button").isNull();
    assertThat(first.editor(id).select(".status").first().text()).isEqualTo("Brouillon");
  }

  private static void assertNoEditorButtons(Document editor) {
    for (String button : EDITOR_BUTTONS) {
      assertThat(editor.getElementById("edit:" + button)).as("%s button", button).isNull();
    }
  }
}
