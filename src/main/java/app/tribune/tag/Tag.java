package app.tribune.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A keyword attached to articles. */
@Entity
@Table(name = "tag")
@SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
@NamedQuery(name = Tag.FIND_BY_SLUG, query = "SELECT t FROM Tag t WHERE t.slug = :slug")
@NamedQuery(name = Tag.FIND_ALL, query = "SELECT t FROM Tag t ORDER BY t.name")
@NamedQuery(name = Tag.COUNT_BY_SLUG, query = "SELECT COUNT(t) FROM Tag t WHERE t.slug = :slug")
@NamedQuery(name = Tag.FIND_BY_NAME, query = "SELECT t FROM Tag t WHERE LOWER(t.name) = :name")
@NamedQuery(
    name = Tag.FIND_NAMES_STARTING,
    query = "SELECT t.name FROM Tag t WHERE LOWER(t.name) LIKE :prefix ORDER BY t.name")
@NamedQuery(
    name = Tag.FIND_ARTICLE_IDS,
    query = "SELECT a.id FROM Article a JOIN a.tags t WHERE t = :tag")
public class Tag {

  public static final String FIND_BY_SLUG = "Tag.findBySlug";
  public static final String FIND_ALL = "Tag.findAll";
  public static final String COUNT_BY_SLUG = "Tag.countBySlug";

  /** The tag whose name is {@code name} once both are in lower case. */
  public static final String FIND_BY_NAME = "Tag.findByName";

  /** Names, in order, whose lower-case form matches the pattern {@code prefix}. */
  public static final String FIND_NAMES_STARTING = "Tag.findNamesStarting";

  /** The ids of the articles, whatever their status, that carry {@code tag}. */
  public static final String FIND_ARTICLE_IDS = "Tag.findArticleIds";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 80)
  @Column(name = "name", nullable = false, unique = true, length = 80)
  private String name;

  @NotBlank
  @Size(max = 120)
  @Column(name = "slug", nullable = false, unique = true, length = 120)
  private String slug;

  public Tag() {}

  public Tag(String name, String slug) {
    this.name = name;
    this.slug = slug;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** Same row, so that a tag chosen in a form is recognised in an article's set of tags. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Tag tag && id != null && id.equals(tag.id));
  }

  @Override
  public int hashCode() {
    return Tag.class.hashCode();
  }
}
