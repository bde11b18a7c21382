package app.tribune.newsletter.building;

import app.tribune.article.Article;
import app.tribune.event.Event;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Composes the issue of a period from what was published since the last issue sent. */
@ApplicationScoped
public class NewsletterBuilder {

  /** What a build did. */
  public enum Outcome {
    /** A draft waits for an editor. */
    DRAFT,
    /** Ready to send: sending is automatic. */
    READY,
    /** Nothing published since the last issue sent: no issue. */
    NOTHING_NEW,
    /** The period has its issue already: nothing done. */
    EXISTS
  }

  /**
   * @param issueId the new issue's id, {@code null} when none was made
   */
  public record Built(Outcome outcome, Long issueId, int articles, int events) {}

  private static final Logger LOG = Logger.getLogger(NewsletterBuilder.class.getName());
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

  @PersistenceContext private EntityManager em;

  /**
   * Builds the issue of {@code period} at {@code now}, as a draft or, when {@code ready}, ready to
   * send. A second build of the same period does nothing; the database's unique period settles two
   * builds at the same moment.
   */
  @Transactional
  public Built build(YearMonth period, Instant now, ZoneId zone, boolean ready) {
    if (!em.createNamedQuery(NewsletterIssue.FIND_BY_PERIOD, NewsletterIssue.class)
        .setParameter("period", period.toString())
        .getResultList()
        .isEmpty()) {
      LOG.log(Level.INFO, "The newsletter of {0} exists already; nothing built", period);
      return new Built(Outcome.EXISTS, null, 0, 0);
    }
    Optional<Instant> lastSent =
        em.createNamedQuery(NewsletterIssue.FIND_LAST_SENT, NewsletterIssue.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(NewsletterIssue::getSentAt);
    IssueWindow window = IssueWindow.of(period, lastSent, now, zone);
    List<Article> articles =
        em.createNamedQuery(Article.FIND_PUBLISHED_BETWEEN, Article.class)
            .setParameter("since", window.articlesSince())
            .setParameter("until", window.now())
            // The issue is written in French, as its headings are: one version of each text.
            .setParameter("language", Language.FR)
            .getResultList();
    if (articles.isEmpty()) {
      LOG.log(
          Level.INFO,
          "Nothing published since {0}: no newsletter for {1}",
          new Object[] {window.articlesSince(), period});
      return new Built(Outcome.NOTHING_NEW, null, 0, 0);
    }
    List<Event> events =
        em
            .createNamedQuery(Event.FIND_STARTING_BETWEEN, Event.class)
            .setParameter("from", window.now())
            .setParameter("until", window.eventsUntil())
            .getResultList()
            .stream()
            .filter(event -> !event.isCancelled())
            .toList();
    Integer highest =
        em.createNamedQuery(NewsletterIssue.MAX_NUMBER, Integer.class).getSingleResult();
    NewsletterIssue issue = new NewsletterIssue(highest == null ? 1 : highest + 1, period, now);
    issue.setSubject("Infolettre n° " + issue.getNumber() + " · " + MONTH.format(period));
    for (NewsletterItem item : IssueItems.of(articles, events, zone)) {
      issue.addItem(item);
    }
    if (ready) {
      issue.markReady(now);
    }
    em.persist(issue);
    em.flush();
    LOG.log(
        Level.INFO,
        "Newsletter {0} built for {1}: {2} articles, {3} events, {4}",
        new Object[] {
          issue.getNumber(), period, articles.size(), events.size(), issue.getStatus()
        });
    return new Built(
        ready ? Outcome.READY : Outcome.DRAFT, issue.getId(), articles.size(), events.size());
  }
}
