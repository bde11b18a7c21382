package app.tribune.admin;

import app.tribune.article.Article;
import app.tribune.article.ArticleStatus;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The figures the dashboard opens with. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

  /** Months the publications chart shows, this one included. */
  public static final int MONTHS = 12;

  /** Articles published in one month. */
  public record Publications(YearMonth month, long count) implements Serializable {}

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  /** How many articles are in each status; statuses without any count zero. */
  public Map<ArticleStatus, Long> articlesByStatus() {
    return countsByStatus(Article.COUNT_BY_STATUS, ArticleStatus.class);
  }

  public Map<SubscriberStatus, Long> subscribersByStatus() {
    return countsByStatus(Subscriber.COUNT_BY_STATUS, SubscriberStatus.class);
  }

  /**
   * Articles published month by month over the last {@value #MONTHS} months, this one last, as the
   * rows tell it now: only those readers can still read (published or archived) count.
   */
  public List<Publications> publicationsPerMonth() {
    ZoneId zone = ZoneId.of(timeZone);
    YearMonth current = YearMonth.now(clock.withZone(zone));
    YearMonth first = current.minusMonths(MONTHS - 1L);
    Map<YearMonth, Long> counts = new TreeMap<>();
    for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
      counts.put(month, 0L);
    }
    em.createNamedQuery(Article.PUBLICATION_DATES_SINCE, Instant.class)
        .setParameter("since", first.atDay(1).atStartOfDay(zone).toInstant())
        .getResultStream()
        .map(published -> YearMonth.from(published.atZone(zone)))
        .filter(counts::containsKey)
        .forEach(month -> counts.merge(month, 1L, Long::sum));
    return counts.entrySet().stream()
        .map(month -> new Publications(month.getKey(), month.getValue()))
        .toList();
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
