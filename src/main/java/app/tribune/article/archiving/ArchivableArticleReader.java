package app.tribune.article.archiving;

import app.tribune.article.Article;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the articles due for the archive by ascending id, a page at a time, resuming after the last
 * id handed out: the keyset stays right while articles leave the result as they are archived, and a
 * restart goes on from the last checkpoint.
 */
@Named
@Dependent
public class ArchivableArticleReader extends AbstractItemReader {

  /** Rows fetched per query; several chunks' worth keeps the queries few. */
  static final int PAGE = 1_000;

  /** The day to archive as of ({@code yyyy-MM-dd}, in the site's time zone); empty for now. */
  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @PersistenceContext private EntityManager em;
  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  private ArchiveRetention retention;
  private Instant moment;
  private Instant publishedBefore;
  private final Deque<ArchivableArticle> page = new ArrayDeque<>();
  private long pageEnd;
  private long lastHandedOut;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    retention = ArchiveRetention.fromConfig(config);
    moment = asOfMoment(asOf, ZoneId.of(timeZone), Instant.now());
    publishedBefore = retention.latestDuePublication(moment);
    lastHandedOut = checkpoint == null ? 0 : (Long) checkpoint;
    pageEnd = lastHandedOut;
  }

  static Instant asOfMoment(String day, ZoneId zone, Instant now) {
    return day == null || day.isBlank()
        ? now
        : LocalDate.parse(day.strip()).atStartOfDay(zone).toInstant();
  }

  @Override
  public Object readItem() {
    while (page.isEmpty() && !exhausted) {
      fetch();
    }
    ArchivableArticle next = page.poll();
    if (next != null) {
      lastHandedOut = next.id();
    }
    return next;
  }

  private void fetch() {
    List<Object[]> rows =
        em.createNamedQuery(Article.FIND_ARCHIVABLE, Object[].class)
            .setParameter("publishedBefore", publishedBefore)
            .setParameter("lastId", pageEnd)
            .setMaxResults(PAGE)
            .getResultList();
    exhausted = rows.size() < PAGE;
    for (Object[] row : rows) {
      ArchivableArticle article = ArchivableArticle.of(row);
      pageEnd = article.id();
      // The query bound suits the type kept the shortest; each row meets its own type's rule.
      if (retention.isDue(article.type(), article.publishedAt(), moment)) {
        page.add(article);
      }
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return lastHandedOut;
  }
}
