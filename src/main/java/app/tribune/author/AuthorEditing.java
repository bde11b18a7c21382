package app.tribune.author;

import app.tribune.article.ArticleChanged;
import app.tribune.audit.AuditLog;
import app.tribune.media.MediaService;
import app.tribune.platform.persistence.LikePattern;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.text.Slugs;
import app.tribune.platform.web.WebAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The people and organisations who sign articles, as editors keep them: list with how many articles
 * each signs, create, change, and delete those who sign none. Every change is audited and has every
 * node drop its cached pages once committed; a new name also reaches the search index, where author
 * names count.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class AuthorEditing {

  private static final String AUDIT_TYPE = "Author";

  /** Columns the list may be sorted by, as the table names them. */
  private static final Map<String, String> SORTABLE =
      Map.of("name", "a.name", "slug", "a.slug", "kind", "a.kind");

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private Event<AuthorChanged> changes;
  @Inject private Event<ArticleChanged> bylines;

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(String text) {
    return query("SELECT COUNT(a) FROM Author a", text, "", Long.class).getSingleResult();
  }

  /**
   * A page of the list, by name unless asked otherwise.
   *
   * @param text words of the name, or {@code null} for every author
   * @param sortField a column of the table, or {@code null}
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuthorRow> page(
      String text, int first, int size, String sortField, boolean ascending) {
    String order =
        sortField != null && SORTABLE.containsKey(sortField)
            ? SORTABLE.get(sortField) + (ascending ? " ASC" : " DESC")
            : "a.name ASC";
    List<Author> authors =
        query("SELECT a FROM Author a", text, " ORDER BY " + order + ", a.id", Author.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, 200)))
            .getResultList();
    if (authors.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> articles =
        em.createNamedQuery(Author.COUNT_ARTICLES_BY_AUTHOR, Object[].class)
            .setParameter("ids", authors.stream().map(Author::getId).toList())
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    return authors.stream()
        .map(
            a ->
                new AuthorRow(
                    a.getId(),
                    a.getName(),
                    a.getSlug(),
                    a.getKind(),
                    articles.getOrDefault(a.getId(), 0L)))
        .toList();
  }

  private <T> TypedQuery<T> query(String select, String text, String order, Class<T> type) {
    boolean filtered = text != null && !text.isBlank();
    TypedQuery<T> query =
        em.createQuery(
            select + (filtered ? " WHERE LOWER(a.name) LIKE :text ESCAPE '\\'" : "") + order, type);
    if (filtered) {
      query.setParameter("text", LikePattern.containing(text));
    }
    return query;
  }

  /**
   * The author as the form shows it.
   *
   * @throws RuleViolationException {@code author.notFound}
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuthorForm form(long id) {
    return AuthorForm.of(existing(id));
  }

  /**
   * Creates or updates an author. A new name is indexed again with every article naming the author,
   * so that searching for it finds them.
   *
   * @throws RuleViolationException {@code author.nameRequired}, {@code author.slugTaken}, {@code
   *     author.websiteInvalid}, {@code media.logoNotImage}, {@code author.notFound} or {@code
   *     author.changedMeanwhile}
   */
  public Author save(AuthorForm form) {
    if (form.getName() == null || form.getName().isBlank()) {
      throw new RuleViolationException("author.nameRequired", "An author needs a name");
    }
    String website = WebAddresses.orNull(form.getWebsite());
    if (!WebAddresses.isAcceptable(website)) {
      throw new RuleViolationException("author.websiteInvalid", "Not an http(s) address");
    }
    Author author = form.getId() == null ? new Author() : current(form);
    boolean renamed = author.getId() != null && !author.getName().equals(form.getName().strip());
    author.setName(form.getName().strip());
    author.setSlug(freeSlug(form));
    author.setKind(form.getKind() == null ? AuthorKind.PERSON : form.getKind());
    author.setBio(form.getBio() == null || form.getBio().isBlank() ? null : form.getBio().strip());
    author.setPhoto(media.logo(form.getPhotoId()));
    author.setWebsite(website);
    if (author.getId() == null) {
      em.persist(author);
    }
    // Checked here rather than at commit, so that a bad value comes back as a message.
    em.flush();
    audit.record(
        form.getId() == null ? "author.create" : "author.update",
        AUDIT_TYPE,
        author.getId(),
        author.getName());
    changes.fire(new AuthorChanged(author.getId()));
    if (renamed) {
      articleIds(author).forEach(id -> bylines.fire(ArticleChanged.saved(id)));
    }
    return author;
  }

  /**
   * Deletes an author no article names, whatever the article's status (the trash included): an
   * article must not lose its byline behind its editors' back.
   *
   * @throws RuleViolationException {@code author.stillSigns} with the name and the number of
   *     articles, or {@code author.notFound}
   */
  public void delete(long id) {
    Author author = existing(id);
    int articles = articleIds(author).size();
    if (articles > 0) {
      throw new RuleViolationException(
          "author.stillSigns",
          "Author " + id + " signs " + articles + " articles",
          author.getName(),
          articles);
    }
    em.remove(author);
    audit.record("author.delete", AUDIT_TYPE, id, author.getName());
    changes.fire(new AuthorChanged(id));
  }

  private List<Long> articleIds(Author author) {
    return em.createNamedQuery(Author.FIND_ARTICLE_IDS, Long.class)
        .setParameter("author", author)
        .getResultList();
  }

  /** The slug typed, or one made from the name; refused when another author has it. */
  private String freeSlug(AuthorForm form) {
    String wanted = Slugs.slugify(form.getSlug());
    if (wanted.isEmpty()) {
      String base = Slugs.slugify(form.getName());
      if (base.isEmpty()) {
        throw new RuleViolationException("author.slugRequired", "No letter or digit in the name");
      }
      return Slugs.unique(base, slug -> slugTakenByAnother(slug, form.getId()));
    }
    if (slugTakenByAnother(wanted, form.getId())) {
      throw new RuleViolationException("author.slugTaken", "Slug already used: " + wanted, wanted);
    }
    return wanted;
  }

  private boolean slugTakenByAnother(String slug, Long authorId) {
    return em.createNamedQuery(Author.FIND_BY_SLUG, Author.class)
        .setParameter("slug", slug)
        .getResultStream()
        .anyMatch(other -> !other.getId().equals(authorId));
  }

  private Author current(AuthorForm form) {
    Author author = existing(form.getId());
    if (author.getVersion() != form.getVersion()) {
      throw new RuleViolationException(
          "author.changedMeanwhile", "The author was saved by someone else meanwhile");
    }
    return author;
  }

  private Author existing(long id) {
    Author author = em.find(Author.class, id);
    if (author == null) {
      throw new RuleViolationException("author.notFound", "No author " + id);
    }
    return author;
  }
}
