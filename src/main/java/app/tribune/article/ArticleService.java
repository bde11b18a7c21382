package app.tribune.article;

import app.tribune.media.MediaAsset;
import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Articles as readers see them. The editorial use cases join this service with the back office. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

  /**
   * EclipseLink's batch fetching: a list's sections, authors and images in one query each, not one
   * per row.
   */
  private static final String BATCH_FETCH = "eclipselink.batch";

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
        .setHint(BATCH_FETCH, "a.featuredImage")
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

  /** Teasers show the section and the image of each article: both fetched in one query each. */
  private static List<Article> listPage(TypedQuery<Article> query, int first, int max) {
    return query
        .setHint(BATCH_FETCH, "a.section")
        .setHint(BATCH_FETCH, "a.featuredImage")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }
}
