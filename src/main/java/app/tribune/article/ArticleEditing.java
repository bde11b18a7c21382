package app.tribune.article;

import app.tribune.audit.AuditLog;
import app.tribune.author.Author;
import app.tribune.media.MediaAsset;
import app.tribune.media.MediaService;
import app.tribune.partner.Partner;
import app.tribune.platform.persistence.LikePattern;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.text.RichText;
import app.tribune.platform.text.Slugs;
import app.tribune.section.Section;
import app.tribune.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The back office's use cases on articles: writing, the editorial workflow, revisions and the
 * pickers of the editor. Every change is audited in its own transaction and announced with {@link
 * ArticleChanged}; what a role may call is checked here, whatever the screens show.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleEditing {

  public static final String AUDIT_TYPE = "Article";

  /** The longest list of suggestions a picker shows. */
  private static final int SUGGESTIONS = 15;

  /** Sort keys of the list, mapped to what they sort by; anything else sorts by last change. */
  private static final Map<String, String> SORTS =
      Map.of(
          "title", "a.title",
          "status", "a.status",
          "type", "a.type",
          "language", "a.language",
          "section", "s.name",
          "updatedAt", "a.updatedAt",
          "publishedAt", "a.publishedAt");

  @PersistenceContext private EntityManager em;
  @Inject private SecurityContext security;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private Event<ArticleChanged> changes;

  // ----- reading

  /** The article as the editor shows it. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public ArticleForm load(long id) {
    return form(article(id));
  }

  /** What the caller may do with their role, for screens that hide what they cannot. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public ArticleRights rights() {
    Principal caller = security.getCallerPrincipal();
    return new ArticleRights(
        caller == null ? AuditLog.SYSTEM : caller.getName(),
        security.isCallerInRole(Roles.EDITOR) || security.isCallerInRole(Roles.ADMIN));
  }

  /** One page of the list, sorted by {@code sortKey} (see {@link #SORTS}), newest change first. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<ArticleRow> page(
      ArticleFilter filter, int first, int max, String sortKey, boolean ascending) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    boolean chosen = sortKey != null && SORTS.containsKey(sortKey);
    String order = chosen ? SORTS.get(sortKey) : "a.updatedAt";
    String direction = chosen && ascending ? " ASC" : " DESC";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT a.id, a.title, a.slug, a.status, a.type, a.language, s.name, a.updatedAt,"
                + " a.updatedBy, a.publishedAt FROM Article a JOIN a.section s"
                + where
                + " ORDER BY "
                + order
                + direction
                + ", a.id"
                + direction,
            Object[].class);
    parameters.forEach(query::setParameter);
    return query
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, max))
        .getResultStream()
        .map(ArticleRow::fromRow)
        .toList();
  }

  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public long count(ArticleFilter filter) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    // No join: the count then reads the article table, or one of its indexes, only.
    TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Article a" + where, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(ArticleFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.status() == null) {
      conditions.add("a.status <> app.tribune.article.ArticleStatus.TRASHED");
    } else {
      conditions.add("a.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.type() != null) {
      conditions.add("a.type = :type");
      parameters.put("type", filter.type());
    }
    if (filter.sectionId() != null) {
      conditions.add("a.section.id = :sectionId");
      parameters.put("sectionId", filter.sectionId());
    }
    if (filter.language() != null) {
      conditions.add("a.language = :language");
      parameters.put("language", filter.language());
    }
    if (filter.authorId() != null) {
      conditions.add(
          "EXISTS (SELECT au FROM Article x JOIN x.authors au"
              + " WHERE x = a AND au.id = :authorId)");
      parameters.put("authorId", filter.authorId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      conditions.add("LOWER(a.title) LIKE :text ESCAPE '\\'");
      parameters.put("text", LikePattern.containing(filter.text()));
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  // ----- writing

  /**
   * Saves the editor's form, new article or not, and keeps a revision of its texts.
   *
   * @param note a word on what changed, kept with the revision, or {@code null}
   * @return the article as saved, with its new version
   * @throws StaleArticle if someone saved the article since the form was read
   * @throws RuleViolationException if the slug is taken, a link is not allowed or the featured
   *     image is not an image with alt text
   */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public ArticleForm save(ArticleForm form, String note) {
    ArticleRights rights = rights();
    Instant now = Instant.now();
    Article article;
    boolean created = form.isNew();
    if (created) {
      article = new Article();
      article.markCreated(rights.username(), now);
    } else {
      article = current(form.getId(), form.getVersion());
      rights.requireEdit(article);
      article.markUpdated(rights.username(), now);
    }
    apply(form, article);
    if (created) {
      em.persist(article);
    }
    em.persist(Revision.of(article, rights.username(), now, blankToNull(note)));
    flush(article);
    audit.record(
        created ? "article.create" : "article.save",
        AUDIT_TYPE,
        article.getId(),
        "revision " + article.getRevisionCount());
    changes.fire(ArticleChanged.saved(article.getId()));
    return form(article);
  }

  private void apply(ArticleForm form, Article article) {
    article.setSurtitle(blankToNull(form.getSurtitle()));
    article.setTitle(form.getTitle() == null ? null : form.getTitle().strip());
    article.setSubtitle(blankToNull(form.getSubtitle()));
    article.setSlug(freeSlug(form, article));
    article.setType(form.getType());
    article.setSection(required(Section.class, form.getSection(), "article.sectionRequired"));
    article.setTags(tags(form.getTags()));
    article.setAuthors(rows(Author.class, form.getAuthors()));
    article.setLanguage(form.getLanguage());
    article.setLead(blankToNull(form.getLead()));
    article.setBody(form.getBody());
    article.setPs(blankToNull(form.getPs()));
    article.setMetaDescription(blankToNull(form.getMetaDescription()));
    article.setFeaturedImage(media.describedImage(Choice.idOf(form.getFeaturedImage())));
    article.setAttachments(rows(MediaAsset.class, form.getAttachments()));
    article.setRelated(rows(Article.class, form.getRelated()));
    article.setPartners(rows(Partner.class, form.getPartners()));
    article.setPinned(form.isPinned());
    article.setFeatured(form.isFeatured());
    linkTranslation(form, article);
  }

  /** The slug asked for, or one made from the title; refused when another article has it. */
  private String freeSlug(ArticleForm form, Article article) {
    String wanted = Slugs.slugify(form.getSlug() == null ? "" : form.getSlug());
    if (wanted.isEmpty()) {
      return proposeSlug(form.getTitle(), article.getId());
    }
    if (slugTakenByAnother(wanted, article.getId())) {
      throw new RuleViolationException("article.slugTaken", "Slug already used: " + wanted, wanted);
    }
    return wanted;
  }

  /** A free slug made from a title, for the editor to propose as the title is typed. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public String proposeSlug(String title, Long articleId) {
    String base = Slugs.slugify(title);
    if (base.isEmpty()) {
      throw new RuleViolationException("article.titleRequired", "A title is needed for a slug");
    }
    return Slugs.unique(base, candidate -> slugTakenByAnother(candidate, articleId));
  }

  /** Whether another article than {@code articleId} (null for a new one) uses the slug. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public boolean slugTakenByAnother(String slug, Long articleId) {
    return em.createNamedQuery(Article.FIND_BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .anyMatch(other -> !other.getId().equals(articleId));
  }

  private void linkTranslation(ArticleForm form, Article article) {
    if (form.getTranslationOf() == null) {
      if (article.getId() != null && !translations(article).isEmpty()) {
        article.detachFromTranslations();
      }
      return;
    }
    Article original = required(Article.class, form.getTranslationOf(), "article.notFound");
    if (original.equals(article)) {
      throw new RuleViolationException(
          "article.translationOfItself", "An article is not a translation of itself");
    }
    boolean languageTaken =
        original.getLanguage() == article.getLanguage()
            || translations(original).stream()
                .anyMatch(t -> !t.equals(article) && t.getLanguage() == article.getLanguage());
    if (languageTaken) {
      throw new RuleViolationException(
          "article.translationLanguageTaken",
          "The translation group already has this language",
          article.getLanguage());
    }
    article.makeTranslationOf(original);
  }

  private List<Article> translations(Article article) {
    return em.createNamedQuery(Article.FIND_TRANSLATIONS, Article.class)
        .setParameter("translationGroup", article.getTranslationGroup())
        .setParameter("article", article)
        .getResultList();
  }

  /** The tags picked, creating those typed in the editor that do not exist yet. */
  private List<Tag> tags(List<Choice> choices) {
    List<Tag> tags = new ArrayList<>();
    for (Choice choice : choices) {
      if (!choice.isNew()) {
        Optional.ofNullable(em.find(Tag.class, choice.id())).ifPresent(tags::add);
        continue;
      }
      String slug = Slugs.slugify(choice.label());
      if (slug.isEmpty()) {
        continue;
      }
      Tag tag =
          em.createNamedQuery(Tag.FIND_BY_SLUG, Tag.class)
              .setParameter("slug", slug)
              .getResultStream()
              .findFirst()
              .orElseGet(() -> createTag(choice.label(), slug));
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private Tag createTag(String name, String slug) {
    Tag tag = new Tag(name.strip(), slug);
    em.persist(tag);
    em.flush();
    audit.record("tag.create", "Tag", tag.getId(), name);
    return tag;
  }

  private <T> List<T> rows(Class<T> type, Collection<Choice> choices) {
    List<T> found = new ArrayList<>();
    for (Choice choice : choices) {
      if (choice != null && choice.id() != null) {
        T row = em.find(type, choice.id());
        if (row != null && !found.contains(row)) {
          found.add(row);
        }
      }
    }
    return found;
  }

  private <T> T required(Class<T> type, Choice choice, String messageKey) {
    T row = choice == null || choice.id() == null ? null : em.find(type, choice.id());
    if (row == null) {
      throw new RuleViolationException(messageKey, type.getSimpleName() + " required");
    }
    return row;
  }

  // ----- workflow

  /** Sends the article to the editors: authors their own drafts only. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public ArticleForm submit(long id, long version) {
    return change(
        id,
        version,
        "article.submit",
        null,
        article -> {
          rights().requireEdit(article);
          article.submitForReview();
        });
  }

  /** Sends the article back to its author, saying what to change. */
  public ArticleForm reject(long id, long version, String comment) {
    return change(id, version, "article.reject", comment, article -> article.reject(comment));
  }

  public ArticleForm publish(long id, long version) {
    return change(id, version, "article.publish", null, article -> article.publish(Instant.now()));
  }

  /**
   * Plans the publication, and optionally the unpublication, of the article.
   *
   * @param unpublishAt when it leaves the site, or {@code null} to keep it
   */
  public ArticleForm schedule(long id, long version, Instant publishAt, Instant unpublishAt) {
    if (unpublishAt != null && publishAt != null && !unpublishAt.isAfter(publishAt)) {
      throw new RuleViolationException(
          "article.unpublishBeforePublish", "Unpublication must come after publication");
    }
    return change(
        id,
        version,
        "article.schedule",
        publishAt + (unpublishAt == null ? "" : " → " + unpublishAt),
        article -> {
          article.schedule(publishAt, Instant.now());
          article.setUnpublishAt(unpublishAt);
        });
  }

  /** Plans when a published article leaves the site, or cancels that with {@code null}. */
  public ArticleForm unpublishAt(long id, long version, Instant unpublishAt) {
    return change(
        id,
        version,
        "article.unpublishAt",
        String.valueOf(unpublishAt),
        article -> article.setUnpublishAt(unpublishAt));
  }

  public ArticleForm unpublish(long id, long version) {
    return change(id, version, "article.unpublish", null, Article::unpublish);
  }

  public ArticleForm archive(long id, long version) {
    return change(id, version, "article.archive", null, article -> article.archive(Instant.now()));
  }

  /** Brings an archived article back among the current ones. */
  public ArticleForm restore(long id, long version) {
    return change(id, version, "article.restore", null, Article::restore);
  }

  public ArticleForm trash(long id, long version) {
    return change(id, version, "article.trash", null, article -> article.trash(Instant.now()));
  }

  public ArticleForm restoreFromTrash(long id, long version) {
    return change(id, version, "article.untrash", null, Article::restoreFromTrash);
  }

  private ArticleForm change(
      long id, long version, String action, String detail, Consumer<Article> move) {
    Article article = current(id, version);
    move.accept(article);
    article.markUpdated(rights().username(), Instant.now());
    flush(article);
    audit.record(action, AUDIT_TYPE, id, detail);
    changes.fire(ArticleChanged.saved(id));
    return form(article);
  }

  // ----- several at once

  /** What happened to the articles of a bulk action: those the workflow refused are left as is. */
  public record BulkOutcome(int done, int refused) implements java.io.Serializable {}

  public BulkOutcome publishAll(Collection<Long> ids) {
    return each(ids, "article.publish", article -> article.publish(Instant.now()));
  }

  public BulkOutcome archiveAll(Collection<Long> ids) {
    return each(ids, "article.archive", article -> article.archive(Instant.now()));
  }

  public BulkOutcome trashAll(Collection<Long> ids) {
    return each(ids, "article.trash", article -> article.trash(Instant.now()));
  }

  private BulkOutcome each(Collection<Long> ids, String action, Consumer<Article> move) {
    String by = rights().username();
    int done = 0;
    int refused = 0;
    for (Long id : ids) {
      Article article = id == null ? null : em.find(Article.class, id);
      if (article == null) {
        refused++;
        continue;
      }
      try {
        move.accept(article);
      } catch (RuleViolationException notFromThisStatus) {
        refused++;
        continue;
      }
      article.markUpdated(by, Instant.now());
      audit.record(action, AUDIT_TYPE, id, "bulk");
      changes.fire(ArticleChanged.saved(id));
      done++;
    }
    return new BulkOutcome(done, refused);
  }

  // ----- revisions

  /** The article's revisions, latest first, without their bodies. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<RevisionSummary> revisions(long articleId) {
    return em.createNamedQuery(Revision.FIND_BY_ARTICLE, Revision.class)
        .setParameter("article", article(articleId))
        .getResultStream()
        .map(RevisionSummary::of)
        .toList();
  }

  /** One revision's texts, compared with the article's as they are now. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public RevisionComparison compare(long articleId, int number) {
    Article article = article(articleId);
    return RevisionComparison.of(revision(article, number), article);
  }

  /** Brings back a revision's texts; the result is saved as a new revision. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public ArticleForm restoreRevision(long articleId, long version, int number) {
    ArticleRights rights = rights();
    Article article = current(articleId, version);
    rights.requireEdit(article);
    revision(article, number).restoreInto(article);
    Instant now = Instant.now();
    article.markUpdated(rights.username(), now);
    em.persist(Revision.of(article, rights.username(), now, "← " + number));
    flush(article);
    audit.record("article.restoreRevision", AUDIT_TYPE, articleId, "revision " + number);
    changes.fire(ArticleChanged.saved(articleId));
    return form(article);
  }

  private Revision revision(Article article, int number) {
    return em.createNamedQuery(Revision.FIND_BY_ARTICLE_AND_NUMBER, Revision.class)
        .setParameter("article", article)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RuleViolationException("article.noSuchRevision", "No revision"));
  }

  // ----- pickers

  /** Sections whose name contains the text. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> sections(String text) {
    return choices(
        "SELECT s.id, s.name FROM Section s WHERE LOWER(s.name) LIKE :text" + " ORDER BY s.name",
        text);
  }

  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> tags(String text) {
    return choices(
        "SELECT t.id, t.name FROM Tag t WHERE LOWER(t.name) LIKE :text ORDER BY t.name", text);
  }

  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> authors(String text) {
    return choices(
        "SELECT a.id, a.name FROM Author a WHERE LOWER(a.name) LIKE :text ORDER BY a.name", text);
  }

  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> partners(String text) {
    return choices(
        "SELECT p.id, p.name FROM Partner p WHERE LOWER(p.name) LIKE :text ORDER BY p.name", text);
  }

  /** Media of the library by name or caption; images only for the featured image and the body. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> media(String text, boolean imagesOnly) {
    return choices(
        "SELECT m.id, m.originalName FROM MediaAsset m WHERE (LOWER(m.originalName) LIKE :text"
            + " OR LOWER(m.caption) LIKE :text)"
            + (imagesOnly ? " AND m.contentType LIKE 'image/%'" : "")
            + " ORDER BY m.createdAt DESC",
        text);
  }

  /** Articles by title, the trash left out, for related articles and translations. */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public List<Choice> articles(String text) {
    return choices(
        "SELECT a.id, a.title FROM Article a WHERE LOWER(a.title) LIKE :text"
            + " AND a.status <> app.tribune.article.ArticleStatus.TRASHED"
            + " ORDER BY a.updatedAt DESC",
        text);
  }

  private List<Choice> choices(String jpql, String text) {
    String like = LikePattern.containing(text == null ? "" : text);
    return em.createQuery(jpql.replace(":text", ":text ESCAPE '\\'"), Object[].class)
        .setParameter("text", like)
        .setMaxResults(SUGGESTIONS)
        .getResultStream()
        .map(row -> new Choice((Long) row[0], (String) row[1]))
        .toList();
  }

  /**
   * The HTML that puts an image of the library into a text, with its alternative text.
   *
   * @throws RuleViolationException if the medium is not an image or has no alternative text yet
   */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public String imageHtml(long assetId) {
    MediaAsset asset = em.find(MediaAsset.class, assetId);
    if (asset == null || !asset.isImage()) {
      throw new RuleViolationException("article.notAnImage", "Not an image: " + assetId);
    }
    if (asset.getAltText() == null || asset.getAltText().isBlank()) {
      throw new RuleViolationException(
          "article.imageNeedsAltText",
          "The image has no alternative text",
          asset.getOriginalName());
    }
    String html =
        "<p><img src=\"/media/"
            + asset.getId()
            + '/'
            + asset.getStorageName()
            + "\" alt=\""
            + attribute(asset.getAltText())
            + "\""
            + (asset.getWidth() == null
                ? ""
                : " width=\"" + asset.getWidth() + "\" height=\"" + asset.getHeight() + "\"")
            + "></p>";
    // Through the policy like everything else, so a strange stored name cannot break out.
    return RichText.sanitize(html);
  }

  // ----- helpers

  private Article article(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new RuleViolationException("article.notFound", "No article " + id, id);
    }
    return article;
  }

  /** The article, provided nobody saved it since the caller read version {@code version}. */
  private Article current(long id, long version) {
    Article article = article(id);
    if (article.getVersion() != version) {
      throw new StaleArticle(id);
    }
    // The body is fetched lazily, and fetching it reads the whole row again: done after a change,
    // that read would put back the texts just changed. So it is read before anything changes.
    article.getBody();
    return article;
  }

  /** Writes now, so that a concurrent save shows here as {@link StaleArticle}, not at commit. */
  private void flush(Article article) {
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new StaleArticle(article.getId() == null ? 0 : article.getId());
    }
  }

  private ArticleForm form(Article article) {
    Choice translationOf =
        article.getId() == null
            ? null
            : translations(article).stream()
                .findFirst()
                .map(t -> new Choice(t.getId(), t.getTitle()))
                .orElse(null);
    return ArticleForm.of(article, translationOf);
  }

  private static String attribute(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
