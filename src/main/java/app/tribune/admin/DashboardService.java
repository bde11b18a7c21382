package app.tribune.admin;

import app.tribune.article.Article;
import app.tribune.article.ArticleStatus;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/** The figures the dashboard opens with. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  @PersistenceContext private EntityManager em;

  /** How many articles are in each status; statuses without any count zero. */
  public Map<ArticleStatus, Long> articlesByStatus() {
    return countsByStatus(Article.COUNT_BY_STATUS, ArticleStatus.class);
  }

  public Map<SubscriberStatus, Long> subscribersByStatus() {
    return countsByStatus(Subscriber.COUNT_BY_STATUS, SubscriberStatus.class);
  }

  private <S extends Enum<S>> Map<S, Long> countsByStatus(String namedQuery, Class<S> statuses) {
    Map<S, Long> counts = new EnumMap<>(statuses);
    for (S status : statuses.getEnumConstants()) {
      counts.put(status, 0L);
    }
    for (Object[] row : em.createNamedQuery(namedQuery, Object[].class).getResultList()) {
      counts.put(statuses.cast(row[0]), (Long) row[1]);
    }
    return counts;
  }
}
