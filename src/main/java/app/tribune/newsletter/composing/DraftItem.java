package app.tribune.newsletter.composing;

import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.NewsletterItemKind;
import java.io.Serial;
import java.io.Serializable;

/**
 * One entry of an issue as the composer holds it between requests: an item already saved (with its
 * id) or one the editor just added (with the article's or event's id).
 */
public class DraftItem implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final Long itemId;
  private final NewsletterItemKind kind;
  private final Long targetId;
  private final String title;
  private final String sectionHeading;
  private String teaser;

  private DraftItem(
      Long itemId,
      NewsletterItemKind kind,
      Long targetId,
      String title,
      String sectionHeading,
      String teaser) {
    this.itemId = itemId;
    this.kind = kind;
    this.targetId = targetId;
    this.title = title;
    this.sectionHeading = sectionHeading;
    this.teaser = teaser;
  }

  static DraftItem of(NewsletterItem item) {
    Long target =
        item.getKind() == NewsletterItemKind.ARTICLE
            ? item.getArticle() == null ? null : item.getArticle().getId()
            : item.getEvent() == null ? null : item.getEvent().getId();
    return new DraftItem(
        item.getId(),
        item.getKind(),
        target,
        item.getTitle(),
        item.getSectionHeading(),
        item.getTeaser());
  }

  /** An article or event to add; its texts are taken from it when the draft is saved. */
  public static DraftItem toAdd(NewsletterItemKind kind, long targetId, String title) {
    return new DraftItem(null, kind, targetId, title, null, null);
  }

  /** The saved item's id, or {@code null} for one added since the last save. */
  public Long getItemId() {
    return itemId;
  }

  public boolean isAdded() {
    return itemId == null;
  }

  public NewsletterItemKind getKind() {
    return kind;
  }

  /** The article's or event's id; {@code null} once it was deleted. */
  public Long getTargetId() {
    return targetId;
  }

  public String getTitle() {
    return title;
  }

  public String getSectionHeading() {
    return sectionHeading;
  }

  public String getTeaser() {
    return teaser;
  }

  public void setTeaser(String teaser) {
    this.teaser = teaser;
  }
}
