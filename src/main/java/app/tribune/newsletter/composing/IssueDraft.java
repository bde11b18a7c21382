package app.tribune.newsletter.composing;

import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterIssue;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A draft issue as the composer edits it: its texts, its items in reading order, and the version it
 * was read at, which a save must still find or it is refused.
 */
public class IssueDraft implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long id;
  private final long version;
  private final int number;
  private final IssueStatus status;
  private final Instant sendAt;
  private String subject;
  private String preheader;
  private String introduction;
  private final List<DraftItem> items;

  IssueDraft(
      long id,
      long version,
      int number,
      IssueStatus status,
      Instant sendAt,
      String subject,
      String preheader,
      String introduction,
      List<DraftItem> items) {
    this.id = id;
    this.version = version;
    this.number = number;
    this.status = status;
    this.sendAt = sendAt;
    this.subject = subject;
    this.preheader = preheader;
    this.introduction = introduction;
    this.items = new ArrayList<>(items);
  }

  /** The draft of {@code issue}, whose items must be loaded. */
  static IssueDraft of(NewsletterIssue issue) {
    return new IssueDraft(
        issue.getId(),
        issue.getVersion(),
        issue.getNumber(),
        issue.getStatus(),
        issue.getSendAt(),
        issue.getSubject(),
        issue.getPreheader(),
        issue.getIntroduction(),
        issue.getItems().stream().map(DraftItem::of).toList());
  }

  // ----- the items' order

  /** Appends an item, unless the same article or event is in the issue already. */
  public boolean add(DraftItem item) {
    boolean present =
        items.stream()
            .anyMatch(
                i ->
                    i.getKind() == item.getKind()
                        && i.getTargetId() != null
                        && i.getTargetId().equals(item.getTargetId()));
    if (!present) {
      items.add(item);
    }
    return !present;
  }

  public void remove(int index) {
    if (index >= 0 && index < items.size()) {
      items.remove(index);
    }
  }

  /** Swaps the item at {@code index} with the one before it; the first stays first. */
  public void moveUp(int index) {
    if (index > 0 && index < items.size()) {
      Collections.swap(items, index, index - 1);
    }
  }

  /** Swaps the item at {@code index} with the one after it; the last stays last. */
  public void moveDown(int index) {
    moveUp(index + 1);
  }

  /** The items in reading order. */
  public List<DraftItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  // ----- accessors

  public long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public int getNumber() {
    return number;
  }

  public IssueStatus getStatus() {
    return status;
  }

  public boolean isEditable() {
    return status == IssueStatus.DRAFT;
  }

  /** When a ready issue is planned to start sending, or {@code null}. */
  public Instant getSendAt() {
    return sendAt;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getPreheader() {
    return preheader;
  }

  public void setPreheader(String preheader) {
    this.preheader = preheader;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }
}
