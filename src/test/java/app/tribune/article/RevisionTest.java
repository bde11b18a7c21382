package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.tribune.section.Section;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionTest {

  private static final Instant AT = Instant.parse("2024-05-02T09:00:00Z");

  private static Article article() {
    Article article = new Article("Premier titre", "titre", new Section("Analyses", "analyses"));
    article.setLead("Chapô");
    article.setBody("<p>Version un</p>");
    return article;
  }

  @Test
  void copiesTheTextsAndNumbersRevisionsInOrder() {
    Article article = article();

    Revision first = Revision.of(article, "marie", AT);
    article.setTitle("Second titre");
    Revision second = Revision.of(article, "paul", AT.plusSeconds(60), "Titre revu");

    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(first.getTitle()).isEqualTo("Premier titre");
    assertThat(first.getBody()).isEqualTo("<p>Version un</p>");
    assertThat(first.getCreatedBy()).isEqualTo("marie");
    assertThat(second.getNumber()).isEqualTo(2);
    assertThat(second.getTitle()).isEqualTo("Second titre");
    assertThat(second.getNote()).isEqualTo("Titre revu");
  }

  @Test
  void bringsAnEarlierVersionBack() {
    Article article = article();
    Revision first = Revision.of(article, "marie", AT);
    article.setTitle("Autre");
    article.setBody("<p>Version deux</p>");

    first.restoreInto(article);

    assertThat(article.getTitle()).isEqualTo("Premier titre");
    assertThat(article.getBody()).isEqualTo("<p>Version un</p>");
    assertThat(article.getLead()).isEqualTo("Chapô");
  }

  @Test
  void refusesToRestoreIntoAnotherArticle() {
    Revision revision = Revision.of(article(), "marie", AT);

    assertThatIllegalArgumentException().isThrownBy(() -> revision.restoreInto(article()));
  }
}
