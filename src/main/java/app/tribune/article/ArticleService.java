package app.tribune.article;

import app.tribune.author.Author;
import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.persistence.ChangeStamp;
import app.tribune.platform.persistence.Listing;
import app.tribune.section.Section;
import app.tribune.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Articles as readers see them. The editorial use cases join this service with the back office. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

  /**
   * EclipseLink's batch fetching: a list's sections and authors in one query each, not one per row.
   */
  private static final String BATCH_FETCH = "eclipselink.batch";

  /** The names of a list's sections in every language, in one more query, not one per section. */
  private static final String SECTION_NAMES = "a.section.localizedNames";

  /**
   * How many rows each "read also" query reads at most: enough to fill the block after dropping the
   * picks and the other translations of one text, without reading a whole busy section.
   */
  private static final int RELATED_CANDIDATES = 4 * ReadAlso.MAX;

  /**
   * EclipseLink's outer join fetch: a list's images come with its articles, in the same query (an
   * article has at most one, so pages keep their size).
   */
  private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  private static final String LANGUAGE = "language";

  @PersistenceContext private EntityManager em;

  /** The article at this address, if readers may see it (published or archived). */
  public Optional<Article> findVisible(String slug) {
    return em.createNamedQuery(Article.FIND_BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Article::isPubliclyVisible)
        .findFirst();
  }

  /**
   * Any article but those in the trash, whatever its status: for a preview, which only a signed
   * link or the back office may ask for.
   */
  public Optional<Article> findForPreview(long id) {
    return Optional.ofNullable(em.find(Article.class, id))
        .filter(article -> article.getStatus() != ArticleStatus.TRASHED);
  }

  /*
   * The lists below are a reader's: they take the reader's language and show one version of each
   * text, the one in that language where there is one, else the first written.
   */

  public List<Article> latest(Language language, int limit) {
    return teasers(
        em.createNamedQuery(Article.FIND_PUBLISHED, Article.class).setParameter(LANGUAGE, language),
        limit);
  }

  public List<Article> featured(Language language, int limit) {
    List<String> texts =
        em.createNamedQuery(Article.FIND_FEATURED_TEXTS, String.class).getResultList();
    if (texts.isEmpty()) {
      return List.of();
    }
    return teasers(
        em.createNamedQuery(Article.FIND_FEATURED, Article.class)
            .setParameter("texts", texts)
            .setParameter(LANGUAGE, language),
        limit);
  }

  public List<Article> latestIn(Section section, Language language, int limit) {
    return teasers(
        em.createNamedQuery(Article.FIND_PUBLISHED_IN_SECTION, Article.class)
            .setParameter("section", section)
            .setParameter(LANGUAGE, language),
        limit);
  }

  private static List<Article> teasers(TypedQuery<Article> query, int limit) {
    return query
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, SECTION_NAMES)
        .setHint(BATCH_FETCH, "a.authors")
        .setHint(LEFT_JOIN_FETCH, "a.featuredImage")
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * A page of the published articles of a set of sections (a section and its sub-sections), newest
   * first.
   */
  public List<Article> publishedIn(
      Collection<Long> sectionIds, Language language, int first, int max) {
    return listPage(
        em.createNamedQuery(Article.FIND_PUBLISHED_IN_SECTIONS, Article.class)
            .setParameter("sections", sectionIds)
            .setParameter(LANGUAGE, language),
        first,
        max);
  }

  public long countPublishedIn(Collection<Long> sectionIds, Language language) {
    return em.createNamedQuery(Article.COUNT_PUBLISHED_IN_SECTIONS, Long.class)
        .setParameter("sections", sectionIds)
        .setParameter(LANGUAGE, language)
        .getSingleResult();
  }

  /**
   * When each article readers can see went public. One small column per article: the archive groups
   * them by month in the organisation's time zone, which the databases would each do their own way.
   */
  public List<Instant> visiblePublicationTimes(Language language) {
    return em.createNamedQuery(Article.FIND_VISIBLE_PUBLICATION_TIMES, Instant.class)
        .setParameter(LANGUAGE, language)
        .getResultList();
  }

  /** A page of the published and archived articles that went public in [from, until). */
  public List<Article> visiblePublishedBetween(
      Instant from, Instant until, Language language, int first, int max) {
    return listPage(
        em.createNamedQuery(Article.FIND_VISIBLE_PUBLISHED_BETWEEN, Article.class)
            .setParameter("from", from)
            .setParameter("until", until)
            .setParameter(LANGUAGE, language),
        first,
        max);
  }

  public long countVisiblePublishedBetween(Instant from, Instant until, Language language) {
    return em.createNamedQuery(Article.COUNT_VISIBLE_PUBLISHED_BETWEEN, Long.class)
        .setParameter("from", from)
        .setParameter("until", until)
        .setParameter(LANGUAGE, language)
        .getSingleResult();
  }

  /**
   * The files attached to the published articles of a set of sections, each once, newest article
   * first: a campaign's downloadable tools.
   */
  public List<MediaAsset> attachmentsOfPublishedIn(Collection<Long> sectionIds) {
    return em.createNamedQuery(Article.FIND_ATTACHMENTS_OF_PUBLISHED_IN_SECTIONS, MediaAsset.class)
        .setParameter("sections", sectionIds)
        .getResultStream()
        .distinct()
        .toList();
  }

  /** Teasers show the section and the image of each article: fetched with the page, not per row. */
  private static List<Article> listPage(TypedQuery<Article> query, int first, int max) {
    return query
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, SECTION_NAMES)
        .setHint(LEFT_JOIN_FETCH, "a.featuredImage")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** A summary of the articles readers can see, which moves whenever one of them changes. */
  public ChangeStamp visibleStamp() {
    return ChangeStamp.fromRow(
        (Object[]) em.createNamedQuery(Article.STAMP_VISIBLE).getSingleResult());
  }

  /**
   * Up to {@code limit} articles readers can see, with an id above {@code afterId}, by id: a keyset
   * page, so that a list of every article never holds them all at once.
   */
  public List<Listing> visibleListings(long afterId, int limit) {
    return em.createNamedQuery(Article.FIND_VISIBLE_LISTINGS, Object[].class)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        .getResultStream()
        .map(Listing::fromRow)
        .toList();
  }

  /** The id of the visible article at {@code position} (0 for the first) in id order. */
  public Optional<Long> visibleIdAt(int position) {
    return em.createNamedQuery(Article.FIND_VISIBLE_IDS, Long.class)
        .setFirstResult(position)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** When each section's visible articles last changed, by section id. */
  public Map<Long, Instant> lastChangeBySection() {
    return ((Stream<?>) em.createNamedQuery(Article.LAST_CHANGE_BY_SECTION).getResultStream())
        .map(Object[].class::cast)
        .collect(
            Collectors.toMap(
                row -> ((Number) row[0]).longValue(), row -> ChangeStamp.latestIn(row, 1)));
  }

  /** One page of the published and archived articles with a tag, newest first. */
  public List<Article> visibleWithTag(Tag tag, Language language, int offset, int limit) {
    return page(
        em.createNamedQuery(Article.FIND_VISIBLE_WITH_TAG, Article.class)
            .setParameter("tag", tag)
            .setParameter(LANGUAGE, language),
        offset,
        limit);
  }

  public long countVisibleWithTag(Tag tag, Language language) {
    return em.createNamedQuery(Article.COUNT_VISIBLE_WITH_TAG, Long.class)
        .setParameter("tag", tag)
        .setParameter(LANGUAGE, language)
        .getSingleResult();
  }

  /** One page of the published and archived articles an author signed, newest first. */
  public List<Article> visibleByAuthor(Author author, Language language, int offset, int limit) {
    return page(
        em.createNamedQuery(Article.FIND_VISIBLE_BY_AUTHOR, Article.class)
            .setParameter("author", author)
            .setParameter(LANGUAGE, language),
        offset,
        limit);
  }

  public long countVisibleByAuthor(Author author, Language language) {
    return em.createNamedQuery(Article.COUNT_VISIBLE_BY_AUTHOR, Long.class)
        .setParameter("author", author)
        .setParameter(LANGUAGE, language)
        .getSingleResult();
  }

  /** The translations of an article that readers may see, by language. */
  public List<Article> visibleTranslations(Article article) {
    return em.createNamedQuery(Article.FIND_TRANSLATIONS, Article.class)
        .setParameter("translationGroup", article.getTranslationGroup())
        .setParameter("article", article)
        .getResultStream()
        .filter(Article::isPubliclyVisible)
        .toList();
  }

  /**
   * What "Lire aussi" offers under an article (see {@link ReadAlso}): at most {@link ReadAlso#MAX}
   * published or archived articles, the editor's picks first. A bounded number of candidates is
   * read as plain rows, and only the chosen articles are loaded.
   */
  public List<Article> readAlso(Article article) {
    List<ReadAlso.Candidate> picks =
        article.getRelated().stream()
            .filter(Article::isPubliclyVisible)
            .map(pick -> candidate(article, pick))
            .toList();
    Map<Long, ReadAlso.Candidate> others = new LinkedHashMap<>();
    if (picks.size() < ReadAlso.MAX) {
      List<Long> tagIds = article.getTags().stream().map(Tag::getId).toList();
      if (!tagIds.isEmpty()) {
        em.createNamedQuery(Article.FIND_RELATED_BY_TAGS, Object[].class)
            .setParameter("tagIds", tagIds)
            .setParameter("translationGroup", article.getTranslationGroup())
            .setMaxResults(RELATED_CANDIDATES)
            .getResultList()
            .forEach(row -> others.put((Long) row[0], candidate(article, row, (Long) row[5])));
      }
      em.createNamedQuery(Article.FIND_RELATED_IN_SECTION, Object[].class)
          .setParameter("section", article.getSection())
          .setParameter("translationGroup", article.getTranslationGroup())
          .setMaxResults(RELATED_CANDIDATES)
          .getResultList()
          .forEach(row -> others.putIfAbsent((Long) row[0], candidate(article, row, 0)));
    }
    List<Long> chosen =
        ReadAlso.choose(
            article.getTranslationGroup(),
            article.getLanguage(),
            picks,
            List.copyOf(others.values()));
    return byIds(chosen);
  }

  /** The articles with these ids, in the order of the ids. */
  private List<Article> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> found =
        page(
                em.createNamedQuery(Article.FIND_BY_IDS, Article.class).setParameter("ids", ids),
                0,
                ids.size())
            .stream()
            .collect(Collectors.toMap(Article::getId, Function.identity()));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  private static ReadAlso.Candidate candidate(Article reading, Article pick) {
    return new ReadAlso.Candidate(
        pick.getId(),
        pick.getTranslationGroup(),
        pick.getLanguage(),
        pick.getSection().equals(reading.getSection()),
        0,
        pick.getPublishedAt());
  }

  /** A row of (id, translation group, language, section id, published at, …) as a candidate. */
  private static ReadAlso.Candidate candidate(Article reading, Object[] row, long sharedTags) {
    return new ReadAlso.Candidate(
        (Long) row[0],
        (String) row[1],
        (Language) row[2],
        reading.getSection().getId().equals(row[3]),
        sharedTags,
        (Instant) row[4]);
  }

  /** A page of teasers: with the image too, which listings show beside each title. */
  private static List<Article> page(TypedQuery<Article> query, int offset, int limit) {
    return query
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, SECTION_NAMES)
        .setHint(BATCH_FETCH, "a.authors")
        .setHint(BATCH_FETCH, "a.featuredImage")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Up to {@code limit} published or archived articles with an id above {@code lastId}, by id, with
   * everything the search index reads (body, section, authors) loaded in a few queries: one batch
   * of the search index's rebuild.
   */
  public List<Article> visibleAfter(long lastId, int limit) {
    return withIndexedData(em.createNamedQuery(Article.FIND_VISIBLE_AFTER, Article.class))
        .setParameter("lastId", lastId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The published or archived articles among {@code ids}, in no particular order, loaded as for
   * {@link #visibleAfter}; ids of other articles are ignored.
   */
  public List<Article> findVisible(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return withIndexedData(em.createNamedQuery(Article.FIND_VISIBLE_BY_IDS, Article.class))
        .setParameter("ids", ids)
        .getResultList();
  }

  private static TypedQuery<Article> withIndexedData(TypedQuery<Article> query) {
    return query
        // The body is a lazy attribute; without this each row would cost one more query for it.
        .setHint("eclipselink.fetch-group.default", "false")
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, SECTION_NAMES)
        .setHint(BATCH_FETCH, "a.authors")
        // IN batches load the relations of this page's rows only; the default JOIN repeats the
        // query's criteria without its row limit, so it would read them for every matching row.
        .setHint("eclipselink.batch.type", "IN");
  }
}
