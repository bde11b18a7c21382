package app.tribune.article;

import app.tribune.section.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
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
        .setHint(BATCH_FETCH, "a.authors")
        // IN batches load the relations of this page's rows only; the default JOIN repeats the
        // query's criteria without its row limit, so it would read them for every matching row.
        .setHint("eclipselink.batch.type", "IN");
  }
}
