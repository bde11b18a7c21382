package app.tribune.author;

import app.tribune.media.MediaAsset;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone who signs articles. */
@Entity
@Table(name = "author")
@SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
@NamedQuery(name = Author.FIND_BY_SLUG, query = "SELECT a FROM Author a WHERE a.slug = :slug")
@NamedQuery(name = Author.FIND_ALL, query = "SELECT a FROM Author a ORDER BY a.name")
@NamedQuery(
    name = Author.COUNT_BY_SLUG,
    query = "SELECT COUNT(a) FROM Author a WHERE a.slug = :slug")
@NamedQuery(
    name = Author.FIND_ARTICLE_IDS,
    query = "SELECT a.id FROM Article a JOIN a.authors au WHERE au = :author")
@NamedQuery(
    name = Author.COUNT_ARTICLES_BY_AUTHOR,
    query =
        "SELECT au.id, COUNT(a) FROM Article a JOIN a.authors au WHERE au.id IN :ids"
            + " GROUP BY au.id")
public class Author {

  public static final String FIND_BY_SLUG = "Author.findBySlug";
  public static final String FIND_ALL = "Author.findAll";
  public static final String COUNT_BY_SLUG = "Author.countBySlug";

  /** The ids of every article, whatever its status, that names {@code author}. */
  public static final String FIND_ARTICLE_IDS = "Author.findArticleIds";

  /** Pairs of an author's id among {@code ids} and how many articles name them, any status. */
  public static final String COUNT_ARTICLES_BY_AUTHOR = "Author.countArticlesByAuthor";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 160)
  @Column(name = "name", nullable = false, length = 160)
  private String name;

  @NotBlank
  @Size(max = 120)
  @Column(name = "slug", nullable = false, unique = true, length = 120)
  private String slug;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private AuthorKind kind = AuthorKind.PERSON;

  @Column(name = "bio")
  private String bio;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "photo_id")
  private MediaAsset photo;

  @Size(max = 500)
  @Column(name = "website", length = 500)
  private String website;

  public Author() {}

  public Author(String name, String slug, AuthorKind kind) {
    this.name = name;
    this.slug = slug;
    this.kind = kind;
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

  public AuthorKind getKind() {
    return kind;
  }

  public void setKind(AuthorKind kind) {
    this.kind = kind;
  }

  /** A short presentation in plain text. */
  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public MediaAsset getPhoto() {
    return photo;
  }

  public void setPhoto(MediaAsset photo) {
    this.photo = photo;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  /** Same row, so that an author chosen in a form is recognised in an article's byline. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Author author && id != null && id.equals(author.id));
  }

  @Override
  public int hashCode() {
    return Author.class.hashCode();
  }
}
