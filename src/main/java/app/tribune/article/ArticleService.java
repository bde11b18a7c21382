package app.tribune.article;

import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Articles as readers see them. The editorial use cases join this service with the back office. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

  /**
   * EclipseLink's batch fetching: a list's sections and authors in one query each, not one per row.
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
        .setMaxResults(limit)
        .getResultList();
  }
}
