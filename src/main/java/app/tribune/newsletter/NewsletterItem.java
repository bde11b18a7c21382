package app.tribune.newsletter;

import app.tribune.article.Article;
import app.tribune.event.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An entry of an issue: an article or an event, with the title and teaser as the issue shows them.
 * The texts are copied so a sent issue reads the same after its article changes or goes.
 */
@Entity
@Table(name = "newsletter_item")
@SequenceGenerator(
    name = "newsletter_item_seq",
    sequenceName = "newsletter_item_seq",
    allocationSize = 50)
public class NewsletterItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "issue_id", nullable = false)
  private NewsletterIssue issue;

  /** Place in the issue, 0 first; maintained by the issue. */
  @Column(name = "sort_order", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private NewsletterItemKind kind;

  // Set to null by the database when the article is deleted; the copied texts remain.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private Event event;

  /** A heading printed above this item, typically its section's name; null to print none. */
  @Size(max = 200)
  @Column(name = "section_heading", length = 200)
  private String sectionHeading;

  @NotBlank
  @Size(max = 300)
  @Column(name = "title", nullable = false, length = 300)
  private String title;

  /** Plain text. */
  @Size(max = 2000)
  @Column(name = "teaser", length = 2000)
  private String teaser;

  protected NewsletterItem() {}

  public static NewsletterItem forArticle(
      Article article, String sectionHeading, String title, String teaser) {
    NewsletterItem item = new NewsletterItem();
    item.kind = NewsletterItemKind.ARTICLE;
    item.article = article;
    item.sectionHeading = sectionHeading;
    item.title = title;
    item.teaser = teaser;
    return item;
  }

  public static NewsletterItem forEvent(
      Event event, String sectionHeading, String title, String teaser) {
    NewsletterItem item = new NewsletterItem();
    item.kind = NewsletterItemKind.EVENT;
    item.event = event;
    item.sectionHeading = sectionHeading;
    item.title = title;
    item.teaser = teaser;
    return item;
  }

  void attachTo(NewsletterIssue owner, int newPosition) {
    this.issue = owner;
    this.position = newPosition;
  }

  public Long getId() {
    return id;
  }

  public NewsletterIssue getIssue() {
    return issue;
  }

  public int getPosition() {
    return position;
  }

  public NewsletterItemKind getKind() {
    return kind;
  }

  /** The article, or {@code null} for an event or once the article was deleted. */
  public Article getArticle() {
    return article;
  }

  /** The event, or {@code null} for an article or once the event was deleted. */
  public Event getEvent() {
    return event;
  }

  public String getSectionHeading() {
    return sectionHeading;
  }

  public void setSectionHeading(String sectionHeading) {
    this.sectionHeading = sectionHeading;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTeaser() {
    return teaser;
  }

  public void setTeaser(String teaser) {
    this.teaser = teaser;
  }
}
