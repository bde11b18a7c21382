package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.security.AccessDenied;
import app.tribune.section.Section;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleRightsTest {

  private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
  private static final ArticleRights CAMILLE = new ArticleRights("camille", false);
  private static final ArticleRights EDITOR = new ArticleRights("sam", true);

  private static Article writtenBy(String username) {
    Article article = new Article("Titre", "titre", new Section("Analyses", "analyses"));
    article.markCreated(username, NOW);
    return article;
  }

  @Test
  void anAuthorEditsAndSubmitsTheirOwnDraft() {
    Article own = writtenBy("camille");

    assertThat(CAMILLE.mayEdit(own)).isTrue();
    assertThat(CAMILLE.maySubmit(own)).isTrue();
    assertThatCode(() -> CAMILLE.requireEdit(own)).doesNotThrowAnyException();
  }

  @Test
  void anAuthorCannotTouchSomeoneElsesDraft() {
    Article other = writtenBy("dominique");

    assertThat(CAMILLE.mayEdit(other)).isFalse();
    assertThat(CAMILLE.maySubmit(other)).isFalse();
    assertThatThrownBy(() -> CAMILLE.requireEdit(other)).isInstanceOf(AccessDenied.class);
  }

  @Test
  void anAuthorLetsGoOfTheirArticleOnceSubmittedAndGetsItBackWhenRejected() {
    Article own = writtenBy("camille");
    own.submitForReview();

    assertThat(CAMILLE.mayEdit(own)).isFalse();

    own.reject("Sources, please");
    assertThat(CAMILLE.mayEdit(own)).isTrue();
    assertThat(CAMILLE.maySubmit(own)).isTrue();
  }

  @Test
  void anAuthorCannotEditTheirPublishedArticle() {
    Article own = writtenBy("camille");
    own.publish(NOW);

    assertThat(CAMILLE.mayEdit(own)).isFalse();
    assertThat(CAMILLE.mayPublish()).isFalse();
  }

  @Test
  void anEditorWorksOnEveryArticleInAnyStatus() {
    Article other = writtenBy("dominique");
    other.publish(NOW);

    assertThat(EDITOR.mayEdit(other)).isTrue();
    assertThat(EDITOR.mayPublish()).isTrue();
    assertThat(EDITOR.maySubmit(other)).isFalse();
  }

  @Test
  void aNewArticleBelongsToWhoeverWritesIt() {
    Article unsaved = new Article("Titre", "titre", new Section("Analyses", "analyses"));

    assertThat(CAMILLE.mayEdit(unsaved)).isTrue();
  }
}
