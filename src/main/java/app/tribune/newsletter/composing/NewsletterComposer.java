package app.tribune.newsletter.composing;

import app.tribune.article.Article;
import app.tribune.article.Choice;
import app.tribune.audit.AuditLog;
import app.tribune.event.Event;
import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.NewsletterItemKind;
import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.building.IssueItems;
import app.tribune.newsletter.sending.DeliveryProcessor;
import app.tribune.newsletter.sending.IssueContent;
import app.tribune.newsletter.sending.IssueRenderer;
import app.tribune.newsletter.sending.IssueRenderer.Encoded;
import app.tribune.newsletter.sending.IssueRenderer.Personal;
import app.tribune.newsletter.sending.IssueRenderer.Rendered;
import app.tribune.newsletter.sending.Recipient;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.mail.MailTransport;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.site.SiteSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Composing an issue in the back office: its draft read and saved (refused over a newer save), its
 * preview as a subscriber will get it, test copies, the planned time of its send, and its way back
 * to draft before sending. Editors and administrators only.
 */
@ApplicationScoped
@Allowed({Roles.ADMIN, Roles.EDITOR})
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsletterComposer {

  static final String AUDIT_TYPE = "NewsletterIssue";
  private static final int SUGGESTIONS = 15;
  private static final Logger LOG = Logger.getLogger(NewsletterComposer.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private IssueRenderer renderer;
  @Inject private NewsletterLinks links;
  @Inject private SiteSettingsService site;
  @Inject private MailTransport transport;
  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  /**
   * The issue as the composer shows it.
   *
   * @throws RuleViolationException when there is no such issue
   */
  public IssueDraft load(long issueId) {
    return IssueDraft.of(find(issueId));
  }

  /**
   * Saves a draft's texts and its items: those removed go, those added are made from their article
   * or event, every teaser is taken as typed, and the order is the draft's.
   *
   * @throws RuleViolationException {@code composer.conflict} when someone saved the issue since the
   *     draft was read, or when the issue is no longer a draft
   */
  @Transactional
  public void save(IssueDraft draft) {
    NewsletterIssue issue = find(draft.getId());
    if (issue.getVersion() != draft.getVersion()) {
      throw new RuleViolationException("composer.conflict", "The issue was saved meanwhile");
    }
    issue.setSubject(blankToNull(draft.getSubject()));
    issue.setPreheader(blankToNull(draft.getPreheader()));
    issue.setIntroduction(draft.getIntroduction());
    Map<Long, NewsletterItem> saved = new HashMap<>();
    issue.getItems().forEach(item -> saved.put(item.getId(), item));
    List<NewsletterItem> order = new ArrayList<>();
    for (DraftItem wanted : draft.getItems()) {
      NewsletterItem item = wanted.isAdded() ? newItem(wanted) : saved.remove(wanted.getItemId());
      if (item == null) {
        throw new RuleViolationException("composer.conflict", "An item went meanwhile");
      }
      item.setTeaser(blankToNull(wanted.getTeaser()));
      order.add(item);
    }
    saved.values().forEach(issue::removeItem);
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).getId() == null) {
        issue.addItem(order.get(i));
      }
      issue.moveItem(order.get(i), i);
    }
    // Items are rows of their own: without this, a change to teasers or order alone would leave
    // the issue's version as it was, and a concurrent save of items would go unnoticed.
    em.lock(issue, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record("newsletter.edit", AUDIT_TYPE, issue.getId(), null);
  }

  private NewsletterItem newItem(DraftItem wanted) {
    if (wanted.getKind() == NewsletterItemKind.ARTICLE) {
      Article article = em.find(Article.class, wanted.getTargetId());
      return article == null ? null : IssueItems.article(article, null);
    }
    Event event = em.find(Event.class, wanted.getTargetId());
    return event == null ? null : IssueItems.event(event, null, ZoneId.of(timeZone));
  }

  /** Published articles whose title contains {@code text}, the latest first. */
  public List<Choice> articles(String text) {
    return choices(
        "SELECT a.id, a.title FROM Article a WHERE LOCATE(:text, LOWER(a.title)) > 0"
            + " AND a.status = app.tribune.article.ArticleStatus.PUBLISHED"
            + " ORDER BY a.publishedAt DESC",
        text);
  }

  /** Events whose title contains {@code text}, the latest first. */
  public List<Choice> events(String text) {
    return choices(
        "SELECT e.id, e.title FROM Event e WHERE LOCATE(:text, LOWER(e.title)) > 0"
            + " ORDER BY e.startsAt DESC",
        text);
  }

  private List<Choice> choices(String jpql, String text) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("text", text == null ? "" : text.strip().toLowerCase(Locale.ROOT))
        .setMaxResults(SUGGESTIONS)
        .getResultStream()
        .map(row -> new Choice((Long) row[0], (String) row[1]))
        .toList();
  }

  /**
   * The saved issue as a sample subscriber reading in {@code language} gets it: the same template,
   * texts and links as the real send, with the subscriber's links leading to the newsletter's page.
   */
  public Rendered preview(long issueId, Language language) {
    return renderer.render(content(issueId), language, sample(language));
  }

  /**
   * Mails a test copy of the saved issue to each address in {@code typed}, its subject marked as a
   * test. No delivery is recorded and the issue's status stays as it is.
   *
   * @return the addresses written to
   * @throws RuleViolationException when the addresses are missing, too many or not addresses
   */
  public List<String> sendTest(long issueId, String typed) {
    List<String> addresses = TestAddresses.parse(typed);
    IssueContent content = content(issueId);
    Rendered copy = renderer.renderTest(content, sample(content.language()));
    for (String address : addresses) {
      try {
        transport.send(
            DeliveryProcessor.compose(
                new Recipient(0, 0, address, null, content.language()),
                Encoded.of(copy),
                transport.newMessage(),
                Map.of()));
      } catch (MessagingException e) {
        LOG.log(Level.WARNING, "A test copy of an issue could not be sent", e);
        throw new RuleViolationException("composer.testFailed", "The test could not be sent");
      }
    }
    audit.record("newsletter.test", AUDIT_TYPE, issueId, addresses.size() + " test address(es)");
    return addresses;
  }

  /**
   * Plans the send of a ready issue.
   *
   * @throws RuleViolationException when the issue is not ready or the time is not ahead
   */
  @Transactional
  public void schedule(long issueId, Instant at) {
    NewsletterIssue issue = find(issueId);
    issue.scheduleSend(at, clock.instant());
    audit.record("newsletter.schedule", AUDIT_TYPE, issueId, at.toString());
  }

  @Transactional
  public void unschedule(long issueId) {
    find(issueId).unscheduleSend();
    audit.record("newsletter.unschedule", AUDIT_TYPE, issueId, null);
  }

  /**
   * Takes a ready issue back to draft, for more changes; its planned send, if any, goes with it.
   * The issue's row is locked first, so a send starting at the same moment either finds a draft or
   * is waited for and then refuses this.
   *
   * @throws RuleViolationException when the issue is not ready: its send started, or it is a draft
   */
  @Transactional
  public void backToDraft(long issueId) {
    NewsletterIssue issue = find(issueId, LockModeType.PESSIMISTIC_WRITE);
    if (issue.getStatus() != IssueStatus.READY) {
      throw new RuleViolationException(
          "issue.backToDraftNotReady", "Only a ready issue goes back to draft", issue.getStatus());
    }
    Instant plannedFor = issue.getSendAt();
    issue.reopen();
    audit.record(
        "newsletter.backToDraft",
        AUDIT_TYPE,
        issueId,
        plannedFor == null ? null : "planned send of " + plannedFor + " cancelled");
  }

  private IssueContent content(long issueId) {
    return IssueContent.of(find(issueId), site.current(), links);
  }

  /** Someone who has not given a name, whose links go to the newsletter's page. */
  private Personal sample(Language language) {
    String page = links.address(language, "/newsletter");
    return new Personal(null, page, page);
  }

  private NewsletterIssue find(long issueId) {
    return find(issueId, LockModeType.NONE);
  }

  private NewsletterIssue find(long issueId, LockModeType lock) {
    NewsletterIssue issue = em.find(NewsletterIssue.class, issueId, lock);
    if (issue == null) {
      throw new RuleViolationException("issue.notFound", "No such issue", issueId);
    }
    return issue;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
