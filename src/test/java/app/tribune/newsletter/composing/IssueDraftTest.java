package app.tribune.newsletter.composing;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterItemKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueDraftTest {

  private static IssueDraft draft() {
    return new IssueDraft(
        1,
        3,
        12,
        IssueStatus.DRAFT,
        null,
        "Mars",
        null,
        null,
        List.of(
            DraftItem.toAdd(NewsletterItemKind.ARTICLE, 10, "Premier"),
            DraftItem.toAdd(NewsletterItemKind.EVENT, 10, "Deuxième"),
            DraftItem.toAdd(NewsletterItemKind.ARTICLE, 30, "Troisième")));
  }

  private static List<String> titles(IssueDraft draft) {
    return draft.getItems().stream().map(DraftItem::getTitle).toList();
  }

  @Test
  void upAndDownSwapAnItemWithItsNeighbour() {
    IssueDraft draft = draft();

    draft.moveUp(2);
    assertThat(titles(draft)).containsExactly("Premier", "Troisième", "Deuxième");
    draft.moveDown(0);
    assertThat(titles(draft)).containsExactly("Troisième", "Premier", "Deuxième");
  }

  @Test
  void theFirstCannotGoUpNorTheLastDown() {
    IssueDraft draft = draft();

    draft.moveUp(0);
    draft.moveDown(2);
    draft.moveUp(7);
    draft.moveDown(-1);

    assertThat(titles(draft)).containsExactly("Premier", "Deuxième", "Troisième");
  }

  @Test
  void removingTakesOutOnlyThatItem() {
    IssueDraft draft = draft();

    draft.remove(1);
    draft.remove(5);

    assertThat(titles(draft)).containsExactly("Premier", "Troisième");
  }

  @Test
  void anArticleOrEventIsInTheIssueOnceButAnArticleAndAnEventMayShareAnId() {
    IssueDraft draft = draft();

    assertThat(draft.add(DraftItem.toAdd(NewsletterItemKind.ARTICLE, 30, "Encore"))).isFalse();
    assertThat(draft.add(DraftItem.toAdd(NewsletterItemKind.EVENT, 30, "Fête"))).isTrue();

    assertThat(titles(draft)).containsExactly("Premier", "Deuxième", "Troisième", "Fête");
  }
}
