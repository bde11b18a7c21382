package app.tribune.article;

import app.tribune.author.Author;
import app.tribune.media.MediaAsset;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.persistence.Associations;
import app.tribune.platform.persistence.ChangeStamp;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.text.RichText;
import app.tribune.section.Section;
import app.tribune.tag.Tag;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An article and its editorial workflow. Status changes go through the workflow methods, which
 * refuse with a {@link RuleViolationException} what {@link ArticleStatus#canMoveTo} forbids.
 */
@Entity
@Table(name = "article")
@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
@NamedQuery(name = Article.FIND_BY_SLUG, query = "SELECT a FROM Article a WHERE a.slug = :slug")
@NamedQuery(
    name = Article.COUNT_BY_SLUG,
    query = "SELECT COUNT(a) FROM Article a WHERE a.slug = :slug")
@NamedQuery(
    name = Article.FIND_PUBLISHED,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + Article.ONE_PUBLISHED_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.FIND_PUBLISHED_IN_SECTION,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.section = :section"
            + Article.ONE_PUBLISHED_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.FIND_FEATURED,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.translationGroup IN :texts"
            + Article.ONE_PUBLISHED_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.FIND_FEATURED_TEXTS,
    query =
        "SELECT DISTINCT a.translationGroup FROM Article a WHERE a.featured = TRUE"
            + " AND a.status = app.tribune.article.ArticleStatus.PUBLISHED")
@NamedQuery(
    name = Article.COUNT_BY_STATUS,
    query = "SELECT a.status, COUNT(a) FROM Article a GROUP BY a.status")
@NamedQuery(
    name = Article.PUBLICATION_DATES_SINCE,
    query =
        "SELECT a.publishedAt FROM Article a WHERE a.publishedAt >= :since AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)")
@NamedQuery(
    name = Article.FIND_DUE_FOR_PUBLICATION,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.SCHEDULED"
            + " AND a.publishAt <= :now ORDER BY a.publishAt, a.id")
@NamedQuery(
    name = Article.FIND_DUE_FOR_UNPUBLICATION,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.unpublishAt <= :now ORDER BY a.unpublishAt, a.id")
@NamedQuery(
    name = Article.FIND_ARCHIVABLE,
    query =
        "SELECT a.id, a.slug, a.type, a.publishedAt FROM Article a"
            + " WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.pinned = FALSE AND a.publishedAt <= :publishedBefore AND a.id > :lastId"
            + " ORDER BY a.id")
@NamedQuery(
    name = Article.FIND_PUBLISHED_BETWEEN,
    query =
        "SELECT a FROM Article a JOIN FETCH a.section"
            + " WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.publishedAt > :since AND a.publishedAt <= :until"
            + Article.ONE_PUBLISHED_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.FIND_TRASHED_BEFORE,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.TRASHED"
            + " AND a.trashedAt <= :trashedBefore ORDER BY a.id")
@NamedQuery(
    name = Article.FIND_TRANSLATIONS,
    query =
        "SELECT a FROM Article a WHERE a.translationGroup = :translationGroup AND a <> :article"
            + " ORDER BY a.language")
@NamedQuery(
    name = Article.FIND_PUBLISHED_IN_SECTIONS,
    query =
        "SELECT a FROM Article a WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.section.id IN :sections"
            + Article.ONE_PUBLISHED_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.COUNT_PUBLISHED_IN_SECTIONS,
    query =
        "SELECT COUNT(a) FROM Article a"
            + " WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.section.id IN :sections"
            + Article.ONE_PUBLISHED_VERSION)
@NamedQuery(
    name = Article.FIND_VISIBLE_PUBLICATION_TIMES,
    query =
        "SELECT a.publishedAt FROM Article a WHERE a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + Article.ONE_VISIBLE_VERSION)
@NamedQuery(
    name = Article.FIND_VISIBLE_PUBLISHED_BETWEEN,
    query =
        "SELECT a FROM Article a WHERE a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + " AND a.publishedAt >= :from AND a.publishedAt < :until"
            + Article.ONE_VISIBLE_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.COUNT_VISIBLE_PUBLISHED_BETWEEN,
    query =
        "SELECT COUNT(a) FROM Article a WHERE a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + " AND a.publishedAt >= :from AND a.publishedAt < :until"
            + Article.ONE_VISIBLE_VERSION)
@NamedQuery(
    name = Article.FIND_ATTACHMENTS_OF_PUBLISHED_IN_SECTIONS,
    query =
        "SELECT m FROM Article a JOIN a.attachments m"
            + " WHERE a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " AND a.section.id IN :sections ORDER BY a.publishedAt DESC, a.id DESC, INDEX(m)")
@NamedNativeQuery(
    name = Article.STAMP_VISIBLE,
    query =
        "SELECT COUNT(*), SUM(id), SUM(version), MAX(updated_at), MAX(published_at),"
            + " MAX(archived_at) FROM article WHERE status IN ('PUBLISHED', 'ARCHIVED')")
@NamedQuery(
    name = Article.FIND_VISIBLE_LISTINGS,
    query =
        "SELECT a.id, a.slug, a.language, a.updatedAt, a.publishedAt, a.archivedAt FROM Article a"
            + " WHERE a.status IN (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED) AND a.id > :afterId ORDER BY a.id")
@NamedQuery(
    name = Article.FIND_VISIBLE_IDS,
    query =
        "SELECT a.id FROM Article a WHERE a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED) ORDER BY a.id")
@NamedNativeQuery(
    name = Article.LAST_CHANGE_BY_SECTION,
    query =
        "SELECT section_id, MAX(updated_at), MAX(published_at), MAX(archived_at) FROM article"
            + " WHERE status IN ('PUBLISHED', 'ARCHIVED') GROUP BY section_id")
@NamedQuery(
    name = Article.FIND_VISIBLE_WITH_TAG,
    query =
        "SELECT a FROM Article a JOIN a.tags t WHERE t = :tag AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + Article.ONE_VISIBLE_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.COUNT_VISIBLE_WITH_TAG,
    query =
        "SELECT COUNT(a) FROM Article a JOIN a.tags t WHERE t = :tag AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + Article.ONE_VISIBLE_VERSION)
@NamedQuery(
    name = Article.FIND_VISIBLE_BY_AUTHOR,
    query =
        "SELECT a FROM Article a JOIN a.authors au WHERE au = :author AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + Article.ONE_VISIBLE_VERSION
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.COUNT_VISIBLE_BY_AUTHOR,
    query =
        "SELECT COUNT(a) FROM Article a JOIN a.authors au WHERE au = :author AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + Article.ONE_VISIBLE_VERSION)
@NamedQuery(
    name = Article.FIND_RELATED_BY_TAGS,
    query =
        "SELECT a.id, a.translationGroup, a.language, a.section.id, a.publishedAt,"
            + " COUNT(t.id) AS shared FROM Article a JOIN a.tags t"
            + " WHERE t.id IN :tagIds AND a.translationGroup <> :translationGroup AND a.status IN"
            + " (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + " GROUP BY a.id, a.translationGroup, a.language, a.section.id, a.publishedAt"
            + " ORDER BY shared DESC, a.publishedAt DESC, a.id DESC")
@NamedQuery(
    name = Article.FIND_RELATED_IN_SECTION,
    query =
        "SELECT a.id, a.translationGroup, a.language, a.section.id, a.publishedAt FROM Article a"
            + " WHERE a.section = :section AND a.translationGroup <> :translationGroup"
            + " AND a.status IN (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED)"
            + " ORDER BY a.publishedAt DESC, a.id DESC")
@NamedQuery(name = Article.FIND_BY_IDS, query = "SELECT a FROM Article a WHERE a.id IN :ids")
@NamedQuery(
    name = Article.FIND_VISIBLE_AFTER,
    query =
        "SELECT a FROM Article a WHERE a.status IN (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED) AND a.id > :lastId ORDER BY a.id")
@NamedQuery(
    name = Article.FIND_VISIBLE_BY_IDS,
    query =
        "SELECT a FROM Article a WHERE a.status IN (app.tribune.article.ArticleStatus.PUBLISHED,"
            + " app.tribune.article.ArticleStatus.ARCHIVED) AND a.id IN :ids")
public class Article {

  /** The rule below but the statuses the list shows, which close it. */
  private static final String NO_PREFERRED_VERSION =
      " AND (a.language = :language OR NOT EXISTS (SELECT o FROM Article o"
          + " WHERE o.translationGroup = a.translationGroup"
          + " AND (o.language = :language OR o.id < a.id) AND o.status";

  /**
   * One version per text in a list read in {@code :language}: the text's version in that language,
   * else its first version (the lowest id) among those the list shows. Translations share a
   * translation group.
   */
  static final String ONE_PUBLISHED_VERSION =
      NO_PREFERRED_VERSION + " = app.tribune.article.ArticleStatus.PUBLISHED))";

  /** {@link #ONE_PUBLISHED_VERSION} for lists that show archived articles too. */
  static final String ONE_VISIBLE_VERSION =
      NO_PREFERRED_VERSION
          + " IN (app.tribune.article.ArticleStatus.PUBLISHED,"
          + " app.tribune.article.ArticleStatus.ARCHIVED)))";

  public static final String FIND_BY_SLUG = "Article.findBySlug";

  /** Counts articles using {@code slug}, for picking a free one. */
  public static final String COUNT_BY_SLUG = "Article.countBySlug";

  /**
   * Published articles, newest first (archived ones excluded). This query and the reader's lists
   * below take the reader's {@code language} and show one version of each text.
   */
  public static final String FIND_PUBLISHED = "Article.findPublished";

  public static final String FIND_PUBLISHED_IN_SECTION = "Article.findPublishedInSection";

  /**
   * Published articles of the texts (translation groups) {@code texts}, newest first: the versions
   * of the featured texts a reader gets.
   */
  public static final String FIND_FEATURED = "Article.findFeatured";

  /**
   * The translation groups with a published version marked to lead the home page: an editor
   * features a text, and each reader gets its version in their language. Apart from {@link
   * #FIND_FEATURED}, because EclipseLink writes the values of a query with a subquery into its SQL,
   * and writes {@code TRUE} there as {@code 1}, which H2 refuses to compare with a boolean.
   */
  public static final String FIND_FEATURED_TEXTS = "Article.findFeaturedTexts";

  /** Rows of (status, count) for the dashboard. */
  public static final String COUNT_BY_STATUS = "Article.countByStatus";

  /** When each article readers can still read was published, from {@code since} on. */
  public static final String PUBLICATION_DATES_SINCE = "Article.publicationDatesSince";

  /** Scheduled articles whose publication time has come ({@code now}). */
  public static final String FIND_DUE_FOR_PUBLICATION = "Article.findDueForPublication";

  /** Published articles whose unpublication time has come ({@code now}). */
  public static final String FIND_DUE_FOR_UNPUBLICATION = "Article.findDueForUnpublication";

  /**
   * Rows of (id, slug, type, published at) of the unpinned published articles published on or
   * before {@code publishedBefore}, by id after {@code lastId}: the archive job's keyset reader.
   */
  public static final String FIND_ARCHIVABLE = "Article.findArchivable";

  /**
   * Published articles that went public after {@code since} and by {@code until}, newest first,
   * with their section, one version of each text as lists in {@code language} show them: the
   * newsletter's material.
   */
  public static final String FIND_PUBLISHED_BETWEEN = "Article.findPublishedBetween";

  /** Articles in the trash since {@code trashedBefore} or earlier, for purging. */
  public static final String FIND_TRASHED_BEFORE = "Article.findTrashedBefore";

  /** The other articles of {@code article}'s translation group ({@code translationGroup}). */
  public static final String FIND_TRANSLATIONS = "Article.findTranslations";

  /** Published articles of any of the sections whose ids are {@code sections}, newest first. */
  public static final String FIND_PUBLISHED_IN_SECTIONS = "Article.findPublishedInSections";

  public static final String COUNT_PUBLISHED_IN_SECTIONS = "Article.countPublishedInSections";

  /** When each published or archived article went public: the archive's calendar. */
  public static final String FIND_VISIBLE_PUBLICATION_TIMES = "Article.findVisiblePublicationTimes";

  /** Published and archived articles that went public in [{@code from}, {@code until}). */
  public static final String FIND_VISIBLE_PUBLISHED_BETWEEN = "Article.findVisiblePublishedBetween";

  public static final String COUNT_VISIBLE_PUBLISHED_BETWEEN =
      "Article.countVisiblePublishedBetween";

  /**
   * The attachments of the published articles of the sections {@code sections}, newest article
   * first, each article's in its order; a file attached twice comes twice.
   */
  public static final String FIND_ATTACHMENTS_OF_PUBLISHED_IN_SECTIONS =
      "Article.findAttachmentsOfPublishedInSections";

  /**
   * A {@code ChangeStamp} row of the articles readers can see (published or archived). This and
   * {@link #LAST_CHANGE_BY_SECTION} are SQL: no attribute converter applies to an aggregate, and
   * EclipseLink would hand the timestamp driver's own type to the one for {@code Instant}.
   */
  public static final String STAMP_VISIBLE = "Article.stampVisible";

  /**
   * {@code Listing} rows of visible articles with an id above {@code afterId}, by id: a keyset
   * page.
   */
  public static final String FIND_VISIBLE_LISTINGS = "Article.findVisibleListings";

  /** Ids of visible articles in order, to find where a part of a long list starts. */
  public static final String FIND_VISIBLE_IDS = "Article.findVisibleIds";

  /** Rows of (section id, newest update, publication and archiving) over visible articles. */
  public static final String LAST_CHANGE_BY_SECTION = "Article.lastChangeBySection";

  /** Published and archived articles with {@code tag}, newest first: the tag page. */
  public static final String FIND_VISIBLE_WITH_TAG = "Article.findVisibleWithTag";

  public static final String COUNT_VISIBLE_WITH_TAG = "Article.countVisibleWithTag";

  /** Published and archived articles signed by {@code author}, newest first: the author page. */
  public static final String FIND_VISIBLE_BY_AUTHOR = "Article.findVisibleByAuthor";

  public static final String COUNT_VISIBLE_BY_AUTHOR = "Article.countVisibleByAuthor";

  /**
   * Rows of (id, translation group, language, section id, published at, shared tags) for readable
   * articles outside {@code translationGroup} with any of {@code tagIds}, most tags in common
   * first: candidates for "read also".
   */
  public static final String FIND_RELATED_BY_TAGS = "Article.findRelatedByTags";

  /**
   * Rows of (id, translation group, language, section id, published at) for readable articles of
   * {@code section} outside {@code translationGroup}, newest first: more candidates for "read
   * also".
   */
  public static final String FIND_RELATED_IN_SECTION = "Article.findRelatedInSection";

  /** The articles whose id is among {@code ids}, in no particular order. */
  public static final String FIND_BY_IDS = "Article.findByIds";

  /**
   * Published and archived articles by id after {@code lastId}: a keyset reader for rebuilding what
   * mirrors every public article (the search index).
   */
  public static final String FIND_VISIBLE_AFTER = "Article.findVisibleAfter";

  /** The published and archived articles among {@code ids}, in no particular order. */
  public static final String FIND_VISIBLE_BY_IDS = "Article.findVisibleByIds";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 120)
  @Column(name = "slug", nullable = false, unique = true, length = 120)
  private String slug;

  @Size(max = 200)
  @Column(name = "surtitle", length = 200)
  private String surtitle;

  @NotBlank
  @Size(max = 300)
  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Size(max = 300)
  @Column(name = "subtitle", length = 300)
  private String subtitle;

  /** The standfirst ("chapô"), plain text. */
  @Column(name = "lead")
  private String lead;

  /** Sanitised HTML; loaded only when read, since lists show teasers. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "body")
  private String body;

  /** A post-scriptum, sanitised HTML. */
  @Column(name = "ps")
  private String ps;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 32)
  private ArticleType type = ArticleType.NEWS;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ArticleStatus status = ArticleStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before_trash", length = 20)
  private ArticleStatus statusBeforeTrash;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "section_id", nullable = false)
  private Section section;

  @ManyToMany
  @JoinTable(
      name = "article_tag",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "article_author",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "author_id"))
  @OrderColumn(name = "sort_order")
  private List<Author> authors = new ArrayList<>();

  @NotNull
  @Column(name = "language", nullable = false, length = 2)
  private Language language = Language.FR;

  /** Articles sharing this value are translations of one another. */
  @NotNull
  @Size(max = 36)
  @Column(name = "translation_group", nullable = false, length = 36)
  private String translationGroup = UUID.randomUUID().toString();

  @Column(name = "publish_at")
  private Instant publishAt;

  @Column(name = "unpublish_at")
  private Instant unpublishAt;

  /** When the article first went public; republishing keeps it, so feeds do not re-announce. */
  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "trashed_at")
  private Instant trashedAt;

  /** A pinned article is never archived. */
  @Column(name = "pinned", nullable = false)
  private boolean pinned;

  /** A featured article leads the home page. */
  @Column(name = "featured", nullable = false)
  private boolean featured;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "featured_image_id")
  private MediaAsset featuredImage;

  @ManyToMany
  @JoinTable(
      name = "article_attachment",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "media_asset_id"))
  @OrderColumn(name = "sort_order")
  private List<MediaAsset> attachments = new ArrayList<>();

  /** The editor's picks shown under the article, in the order chosen. */
  @ManyToMany
  @JoinTable(
      name = "article_related",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "related_article_id"))
  @OrderColumn(name = "sort_order")
  private List<Article> related = new ArrayList<>();

  /** The funders of the work the article reports on. */
  @ManyToMany
  @JoinTable(
      name = "article_partner",
      joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "partner_id"))
  private Set<Partner> partners = new HashSet<>();

  @Size(max = 2000)
  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Size(max = 300)
  @Column(name = "meta_description", length = 300)
  private String metaDescription;

  /** How many revisions were saved; the next one gets the following number. */
  @Column(name = "revision_count", nullable = false)
  private int revisionCount;

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Size(max = 64)
  @Column(name = "created_by", length = 64)
  private String createdBy;

  @NotNull
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Size(max = 64)
  @Column(name = "updated_by", length = 64)
  private String updatedBy;

  public Article() {}

  public Article(String title, String slug, Section section) {
    this.title = title;
    this.slug = slug;
    this.section = section;
  }

  // ----- workflow

  /** Sends a draft, or a rejected article after rework, to the editors. */
  public void submitForReview() {
    moveTo(ArticleStatus.IN_REVIEW);
  }

  /** Sends an article under review back to its author, saying why. */
  public void reject(String comment) {
    if (comment == null || comment.isBlank()) {
      throw new RuleViolationException(
          "article.rejectionNeedsComment", "A rejection must say what to change");
    }
    moveTo(ArticleStatus.REJECTED);
    reviewComment = comment.strip();
  }

  /** Makes the article public now; the first publication time is kept for good. */
  public void publish(Instant now) {
    moveTo(ArticleStatus.PUBLISHED);
    archivedAt = null;
    if (publishedAt == null) {
      publishedAt = now;
    }
  }

  /** Plans publication for a moment that must still be ahead. */
  public void schedule(Instant when, Instant now) {
    if (when == null || !when.isAfter(now)) {
      throw new RuleViolationException(
          "article.scheduleNotInFuture", "A publication can only be scheduled in the future", when);
    }
    moveTo(ArticleStatus.SCHEDULED);
    publishAt = when;
  }

  /**
   * Publishes a scheduled article whose time has come.
   *
   * @return whether the article was published
   */
  public boolean publishIfDue(Instant now) {
    if (status != ArticleStatus.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
      return false;
    }
    publish(now);
    return true;
  }

  /** Takes the article back to draft: off the site, or out of the schedule. */
  public void unpublish() {
    moveTo(ArticleStatus.DRAFT);
    publishAt = null;
    archivedAt = null;
  }

  /**
   * Unpublishes a published article whose unpublication time has come.
   *
   * @return whether the article was unpublished
   */
  public boolean unpublishIfDue(Instant now) {
    if (status != ArticleStatus.PUBLISHED || unpublishAt == null || unpublishAt.isAfter(now)) {
      return false;
    }
    unpublish();
    // Spent, and would take the article down again the moment it is republished.
    unpublishAt = null;
    return true;
  }

  /** Moves a published article to the archive, where it stays readable. */
  public void archive(Instant now) {
    if (pinned) {
      throw new RuleViolationException(
          "article.pinnedNotArchivable", "A pinned article is never archived");
    }
    moveTo(ArticleStatus.ARCHIVED);
    archivedAt = now;
  }

  /** Brings an archived article back among the current ones. */
  public void restore() {
    requireStatus(ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED);
    moveTo(ArticleStatus.PUBLISHED);
    archivedAt = null;
  }

  /** Puts the article in the trash, remembering its status for {@link #restoreFromTrash()}. */
  public void trash(Instant now) {
    ArticleStatus before = status;
    moveTo(ArticleStatus.TRASHED);
    statusBeforeTrash = before;
    trashedAt = now;
  }

  /**
   * Takes the article out of the trash, back to the status it had: the only way out of the trash,
   * so that a trashed article cannot be published or scheduled by mistake.
   */
  public void restoreFromTrash() {
    ArticleStatus target = statusBeforeTrash == null ? ArticleStatus.DRAFT : statusBeforeTrash;
    requireStatus(ArticleStatus.TRASHED, target);
    status = target;
    statusBeforeTrash = null;
    trashedAt = null;
  }

  /**
   * When what readers see of the article last changed: an edit, its publication or its move to the
   * archive, whichever came last.
   */
  public Instant getLastModified() {
    return ChangeStamp.latest(updatedAt, publishedAt, archivedAt);
  }

  /** Whether readers can see the article (archived articles included). */
  public boolean isPubliclyVisible() {
    return status.isPublic();
  }

  /**
   * The funders to thank under the article ("Avec le soutien de"): those chosen for it, else those
   * of its section or of the nearest parent section that has some, else the site's.
   */
  public List<Partner> thankedFunders(Collection<Partner> siteFunders) {
    Collection<Partner> chosen = partners;
    Section next = section;
    Set<Section> seen = new HashSet<>();
    while (funders(chosen).isEmpty() && next != null && seen.add(next)) {
      chosen = next.getPartners();
      next = next.getParent();
    }
    List<Partner> thanked = funders(chosen);
    return thanked.isEmpty() ? funders(siteFunders) : thanked;
  }

  private static List<Partner> funders(Collection<Partner> partners) {
    return partners == null
        ? List.of()
        : partners.stream()
            .filter(Partner::isFunder)
            .sorted(Comparator.comparingInt(Partner::getPosition).thenComparing(Partner::getName))
            .toList();
  }

  /**
   * Whether the archive job should archive the article now: published, not pinned, and published at
   * least {@code retention} ago.
   */
  public boolean isArchivable(Instant now, Period retention) {
    return status == ArticleStatus.PUBLISHED
        && !pinned
        && publishedAt != null
        // Instant cannot add months or years; UTC is close enough for a retention period.
        && !publishedAt.atOffset(ZoneOffset.UTC).plus(retention).toInstant().isAfter(now);
  }

  private void requireStatus(ArticleStatus required, ArticleStatus target) {
    if (status != required) {
      throw forbidden(target);
    }
  }

  private void moveTo(ArticleStatus target) {
    if (!status.canMoveTo(target)) {
      throw forbidden(target);
    }
    status = target;
  }

  private RuleViolationException forbidden(ArticleStatus target) {
    return new RuleViolationException(
        "article.transitionNotAllowed",
        "An article cannot go from " + status + " to " + target,
        status,
        target);
  }

  /** The number for a new revision of this article. */
  int nextRevisionNumber() {
    return ++revisionCount;
  }

  // ----- bookkeeping

  /** Records who created the article and when; the same counts as its first update. */
  public void markCreated(String by, Instant at) {
    createdBy = by;
    createdAt = at;
    markUpdated(by, at);
  }

  public void markUpdated(String by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  /** Makes this article a translation of another, joining its translation group. */
  public void makeTranslationOf(Article original) {
    translationGroup = original.translationGroup;
  }

  /** Leaves the translation group, making this article stand alone. */
  public void detachFromTranslations() {
    translationGroup = UUID.randomUUID().toString();
  }

  // ----- accessors

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSurtitle() {
    return surtitle;
  }

  public void setSurtitle(String surtitle) {
    this.surtitle = surtitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public void setSubtitle(String subtitle) {
    this.subtitle = subtitle;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public String getBody() {
    return body;
  }

  /** Stores the body sanitised: nothing outside the rich-text policy ever reaches the database. */
  public void setBody(String html) {
    this.body = RichText.sanitize(html);
  }

  public String getPs() {
    return ps;
  }

  /** Stores the post-scriptum sanitised, like the body. */
  public void setPs(String html) {
    this.ps = RichText.sanitize(html);
  }

  public ArticleType getType() {
    return type;
  }

  public void setType(ArticleType type) {
    this.type = type;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public ArticleStatus getStatusBeforeTrash() {
    return statusBeforeTrash;
  }

  public Section getSection() {
    return section;
  }

  public void setSection(Section section) {
    this.section = section;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  public void setTags(Collection<Tag> tags) {
    Associations.replace(this.tags, tags);
  }

  /** The byline, in the order it is printed. */
  public List<Author> getAuthors() {
    return authors;
  }

  public void setAuthors(Collection<Author> authors) {
    Associations.replace(this.authors, authors);
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getTranslationGroup() {
    return translationGroup;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getUnpublishAt() {
    return unpublishAt;
  }

  /** Plans taking the article off the site at a given moment, or cancels that with null. */
  public void setUnpublishAt(Instant unpublishAt) {
    this.unpublishAt = unpublishAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getArchivedAt() {
    return archivedAt;
  }

  public Instant getTrashedAt() {
    return trashedAt;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public MediaAsset getFeaturedImage() {
    return featuredImage;
  }

  public void setFeaturedImage(MediaAsset featuredImage) {
    this.featuredImage = featuredImage;
  }

  public List<MediaAsset> getAttachments() {
    return attachments;
  }

  public void setAttachments(Collection<MediaAsset> attachments) {
    Associations.replace(this.attachments, attachments);
  }

  public List<Article> getRelated() {
    return related;
  }

  /**
   * Sets the editor's picks, in order.
   *
   * @throws RuleViolationException if the article is among its own picks
   */
  public void setRelated(Collection<Article> related) {
    if (related != null && related.stream().anyMatch(this::equals)) {
      throw new RuleViolationException(
          "article.relatedToItself", "An article cannot be related to itself");
    }
    Associations.replace(this.related, related);
  }

  public Set<Partner> getPartners() {
    return partners;
  }

  public void setPartners(Collection<Partner> partners) {
    Associations.replace(this.partners, partners);
  }

  /** The editor's last rejection comment. */
  public String getReviewComment() {
    return reviewComment;
  }

  public String getMetaDescription() {
    return metaDescription;
  }

  public void setMetaDescription(String metaDescription) {
    this.metaDescription = metaDescription;
  }

  public int getRevisionCount() {
    return revisionCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  /** Same row, so that an article picked in a form is recognised among related articles. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Article article && id != null && id.equals(article.id));
  }

  @Override
  public int hashCode() {
    return Article.class.hashCode();
  }
}
