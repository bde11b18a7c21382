package app.tribune.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The address of a tag merged into another: readers who follow it land on the other tag. */
@Entity
@Table(name = "tag_redirect")
@NamedQuery(
    name = TagRedirect.FIND_TARGET,
    query = "SELECT r.tag FROM TagRedirect r WHERE r.slug = :slug")
@NamedQuery(
    name = TagRedirect.RETARGET,
    query = "UPDATE TagRedirect r SET r.tag = :target WHERE r.tag = :source")
public class TagRedirect {

  /** The tag that now answers for {@code slug}. */
  public static final String FIND_TARGET = "TagRedirect.findTarget";

  /** Points the addresses that led to {@code source} at {@code target}, so no chain forms. */
  public static final String RETARGET = "TagRedirect.retarget";

  @Id
  @Column(name = "slug", length = 120)
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tag_id", nullable = false)
  private Tag tag;

  protected TagRedirect() {}

  TagRedirect(String slug, Tag tag) {
    this.slug = slug;
    this.tag = tag;
  }

  public String getSlug() {
    return slug;
  }

  public Tag getTag() {
    return tag;
  }

  void setTag(Tag tag) {
    this.tag = tag;
  }
}
