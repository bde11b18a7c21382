package app.tribune.article;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A saved copy of an article's texts, so an editor can see and bring back an earlier version. */
@Entity
@Table(name = "revision")
@SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
@NamedQuery(
    name = Revision.FIND_BY_ARTICLE,
    query = "SELECT r FROM Revision r WHERE r.article = :article ORDER BY r.number DESC")
@NamedQuery(
    name = Revision.FIND_BY_ARTICLE_AND_NUMBER,
    query = "SELECT r FROM Revision r WHERE r.article = :article AND r.number = :number")
public class Revision {

  /** The revisions of {@code article}, latest first. */
  public static final String FIND_BY_ARTICLE = "Revision.findByArticle";

  public static final String FIND_BY_ARTICLE_AND_NUMBER = "Revision.findByArticleAndNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id", nullable = false)
  private Article article;

  @Column(name = "number", nullable = false)
  private int number;

  @Column(name = "surtitle", length = 200)
  private String surtitle;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "subtitle", length = 300)
  private String subtitle;

  @Column(name = "lead")
  private String lead;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "body")
  private String body;

  @Column(name = "ps")
  private String ps;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Size(max = 500)
  @Column(name = "note", length = 500)
  private String note;

  protected Revision() {}

  /** A revision holding the article's current texts, numbered after the previous one. */
  public static Revision of(Article article, String by, Instant at) {
    return of(article, by, at, null);
  }

  /** The same, with a word from the editor on what changed. */
  public static Revision of(Article article, String by, Instant at, String note) {
    Revision revision = new Revision();
    revision.article = article;
    revision.number = article.nextRevisionNumber();
    revision.surtitle = article.getSurtitle();
    revision.title = article.getTitle();
    revision.subtitle = article.getSubtitle();
    revision.lead = article.getLead();
    revision.body = article.getBody();
    revision.ps = article.getPs();
    revision.createdBy = by;
    revision.createdAt = at;
    revision.note = note;
    return revision;
  }

  /** Copies this revision's texts back into its article. */
  public void restoreInto(Article target) {
    if (!target.equals(article)) {
      throw new IllegalArgumentException("A revision can only be restored into its own article");
    }
    target.setSurtitle(surtitle);
    target.setTitle(title);
    target.setSubtitle(subtitle);
    target.setLead(lead);
    target.setBody(body);
    target.setPs(ps);
  }

  public Long getId() {
    return id;
  }

  public Article getArticle() {
    return article;
  }

  public int getNumber() {
    return number;
  }

  public String getSurtitle() {
    return surtitle;
  }

  public String getTitle() {
    return title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public String getLead() {
    return lead;
  }

  public String getBody() {
    return body;
  }

  public String getPs() {
    return ps;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getNote() {
    return note;
  }
}
