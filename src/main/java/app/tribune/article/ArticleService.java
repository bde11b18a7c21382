package app.tribune.article;

import app.tribune.media.MediaAsset;
import app.tribune.platform.persistence.ChangeStamp;
import app.tribune.platform.persistence.Listing;
import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * EclipseLink's outer join fetch: a list's images come with its articles, in the same query (an
   * article has at most one, so pages keep their size).
   */
  private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

  @PersistenceContext private EntityManager em;

  /** The article at this address, if readers may see it (published or archived). */
  public Optional<Article> findVisible(String slug) {
    return em.createNamedQuery(Article.FIND_BY_SLUG, Article.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Article::isPubliclyVisible)
        .findFirst();
  }

  public List<Article> latest(int limit) {
    return teasers(em.createNamedQuery(Article.FIND_PUBLISHED, Article.class), limit);
  }

  public List<Article> featured(int limit) {
    return teasers(em.createNamedQuery(Article.FIND_FEATURED, Article.class), limit);
  }

  public List<Article> latestIn(Section section, int limit) {
    return teasers(
        em.createNamedQuery(Article.FIND_PUBLISHED_IN_SECTION, Article.class)
            .setParameter("section", section),
        limit);
  }

  private static List<Article> teasers(TypedQuery<Article> query, int limit) {
    return query
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, "a.authors")
        .setHint(LEFT_JOIN_FETCH, "a.featuredImage")
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * A page of the published articles of a set of sections (a section and its sub-sections), newest
   * first.
   */
  public List<Article> publishedIn(Collection<Long> sectionIds, int first, int max) {
    return listPage(
        em.createNamedQuery(Article.FIND_PUBLISHED_IN_SECTIONS, Article.class)
            .setParameter("sections", sectionIds),
        first,
        max);
  }

  public long countPublishedIn(Collection<Long> sectionIds) {
    return em.createNamedQuery(Article.COUNT_PUBLISHED_IN_SECTIONS, Long.class)
        .setParameter("sections", sectionIds)
        .getSingleResult();
  }

  /**
   * When each article readers can see went public. One small column per article: the archive groups
   * them by month in the organisation's time zone, which the databases would each do their own way.
   */
  public List<Instant> visiblePublicationTimes() {
    return em.createNamedQuery(Article.FIND_VISIBLE_PUBLICATION_TIMES, Instant.class)
        .getResultList();
  }

  /** A page of the published and archived articles that went public in [from, until). */
  public List<Article> visiblePublishedBetween(Instant from, Instant until, int first, int max) {
    return listPage(
        em.createNamedQuery(Article.FIND_VISIBLE_PUBLISHED_BETWEEN, Article.class)
            .setParameter("from", from)
            .setParameter("until", until),
        first,
        max);
  }

  public long countVisiblePublishedBetween(Instant from, Instant until) {
    return em.createNamedQuery(Article.COUNT_VISIBLE_PUBLISHED_BETWEEN, Long.class)
        .setParameter("from", from)
        .setParameter("until", until)
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
}
