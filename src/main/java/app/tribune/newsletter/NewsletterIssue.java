package app.tribune.newsletter;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.text.RichText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One issue of the newsletter: one per month ({@code period}), numbered for the public archive. */
@Entity
@Table(name = "newsletter_issue")
@SequenceGenerator(
    name = "newsletter_issue_seq",
    sequenceName = "newsletter_issue_seq",
    allocationSize = 50)
@NamedQuery(
    name = NewsletterIssue.FIND_BY_NUMBER,
    query = "SELECT i FROM NewsletterIssue i WHERE i.number = :number")
@NamedQuery(
    name = NewsletterIssue.FIND_BY_PERIOD,
    query = "SELECT i FROM NewsletterIssue i WHERE i.period = :period")
@NamedQuery(
    name = NewsletterIssue.FIND_SENT,
    query =
        "SELECT i FROM NewsletterIssue i WHERE i.status = app.tribune.newsletter.IssueStatus.SENT"
            + " ORDER BY i.number DESC")
@NamedQuery(
    name = NewsletterIssue.FIND_LAST_SENT,
    query =
        "SELECT i FROM NewsletterIssue i WHERE i.status = app.tribune.newsletter.IssueStatus.SENT"
            + " ORDER BY i.sentAt DESC, i.id DESC")
@NamedQuery(
    name = NewsletterIssue.FIND_SENT_BY_NUMBER,
    query =
        "SELECT DISTINCT i FROM NewsletterIssue i LEFT JOIN FETCH i.items"
            + " WHERE i.number = :number AND i.status = app.tribune.newsletter.IssueStatus.SENT")
@NamedQuery(
    name = NewsletterIssue.FIND_ALL,
    query = "SELECT i FROM NewsletterIssue i ORDER BY i.number DESC")
@NamedQuery(
    name = NewsletterIssue.FIND_SENT_BEFORE_WITH_DELIVERIES,
    query =
        "SELECT i FROM NewsletterIssue i WHERE i.status = app.tribune.newsletter.IssueStatus.SENT"
            + " AND i.sentAt < :before AND EXISTS (SELECT d FROM Delivery d WHERE d.issue = i)"
            + " ORDER BY i.id")
@NamedQuery(
    name = NewsletterIssue.FIND_DUE,
    query =
        "SELECT i FROM NewsletterIssue i WHERE i.status = app.tribune.newsletter.IssueStatus.READY"
            + " AND i.sendAt <= :now ORDER BY i.sendAt, i.id")
@NamedQuery(
    name = NewsletterIssue.MAX_NUMBER,
    query = "SELECT MAX(i.number) FROM NewsletterIssue i")
public class NewsletterIssue {

  public static final String FIND_BY_NUMBER = "NewsletterIssue.findByNumber";

  /** The issue for {@code period}, written {@code yyyy-MM}. */
  public static final String FIND_BY_PERIOD = "NewsletterIssue.findByPeriod";

  /** Sent issues, latest first: the public archive. */
  public static final String FIND_SENT = "NewsletterIssue.findSent";

  /** Sent issues, the one sent last first: what a new issue continues from. */
  public static final String FIND_LAST_SENT = "NewsletterIssue.findLastSent";

  /** A sent issue with its items, for its page in the public archive. */
  public static final String FIND_SENT_BY_NUMBER = "NewsletterIssue.findSentByNumber";

  public static final String FIND_ALL = "NewsletterIssue.findAll";

  /**
   * Issues sent before {@code before} that still have delivery rows: the purge folds those into the
   * issue's counts.
   */
  public static final String FIND_SENT_BEFORE_WITH_DELIVERIES =
      "NewsletterIssue.findSentBeforeWithDeliveries";

  /** Ready issues whose scheduled sending time is {@code now} or before. */
  public static final String FIND_DUE = "NewsletterIssue.findDue";

  /** The highest number given so far, {@code null} before the first issue. */
  public static final String MAX_NUMBER = "NewsletterIssue.maxNumber";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_issue_seq")
  private Long id;

  @Version private long version;

  @Positive
  @Column(name = "number", nullable = false, unique = true)
  private int number;

  @NotNull
  @Pattern(regexp = "[0-9]{4}-[0-9]{2}")
  @Column(name = "period", nullable = false, unique = true, length = 7)
  private String period;

  @Size(max = 200)
  @Column(name = "subject", length = 200)
  private String subject;

  /** Plain text mail programs show after the subject; hidden in the message itself. */
  @Size(max = 200)
  @Column(name = "preheader", length = 200)
  private String preheader;

  /** Sanitised HTML. */
  @Column(name = "introduction")
  private String introduction;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private IssueStatus status = IssueStatus.DRAFT;

  /** The subscribers' language this issue is for; {@code null} for all of them. */
  @Column(name = "language", length = 2)
  private Language language;

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ready_at")
  private Instant readyAt;

  /** When a ready issue is to start sending by itself; {@code null} when not scheduled. */
  @Column(name = "send_at")
  private Instant sendAt;

  @Column(name = "send_started_at")
  private Instant sendStartedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "recipient_count", nullable = false)
  private int recipientCount;

  @Column(name = "sent_count", nullable = false)
  private int sentCount;

  @Column(name = "failed_count", nullable = false)
  private int failedCount;

  @Column(name = "bounced_count", nullable = false)
  private int bouncedCount;

  // The sending job writes these three with plain SQL (app.tribune.newsletter.sending).
  @Column(name = "job_execution_id", insertable = false, updatable = false)
  private Long jobExecutionId;

  @Column(name = "uncertain_count", insertable = false, updatable = false)
  private int uncertainCount;

  @Column(name = "send_error", insertable = false, updatable = false)
  private String sendError;

  // Positions are numbered here rather than with @OrderColumn, which EclipseLink fills in with a
  // second statement after inserting each item, leaving the column nullable.
  @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<NewsletterItem> items = new ArrayList<>();

  protected NewsletterIssue() {}

  public NewsletterIssue(int number, YearMonth period, Instant now) {
    this.number = number;
    this.period = period.toString();
    this.createdAt = now;
  }

  // ----- workflow

  /** Declares the issue composed and approved. */
  public void markReady(Instant now) {
    if (subject == null || subject.isBlank()) {
      throw new RuleViolationException("issue.subjectRequired", "An issue needs a subject");
    }
    if (items.isEmpty()) {
      throw new RuleViolationException("issue.itemsRequired", "An issue needs at least one item");
    }
    moveTo(IssueStatus.READY);
    readyAt = now;
  }

  /** Takes a ready issue back to draft for more changes; a planned send is dropped with it. */
  public void reopen() {
    moveTo(IssueStatus.DRAFT);
    readyAt = null;
    sendAt = null;
  }

  /**
   * Plans the send of a ready issue for {@code at}, which must lie ahead of {@code now}: a time
   * already past would start it at once, which is what "send now" is for.
   */
  public void scheduleSend(Instant at, Instant now) {
    if (status != IssueStatus.READY) {
      throw new RuleViolationException(
          "issue.scheduleNotReady", "Only a ready issue can be scheduled", status);
    }
    if (at == null || !at.isAfter(now)) {
      throw new RuleViolationException(
          "issue.scheduleInPast", "The sending time must be in the future");
    }
    sendAt = at;
  }

  /** Drops the planned send; the issue stays ready. */
  public void unscheduleSend() {
    sendAt = null;
  }

  /** Starts sending, once delivery rows exist for all the recipients counted. */
  public void startSending(int recipients, Instant now) {
    moveTo(IssueStatus.SENDING);
    sendAt = null;
    recipientCount = recipients;
    sendStartedAt = now;
  }

  public void markSent(Instant now) {
    moveTo(IssueStatus.SENT);
    sentAt = now;
  }

  public void cancel() {
    moveTo(IssueStatus.CANCELLED);
  }

  /** Records the outcome so far, as counted from the delivery rows. */
  public void updateCounts(int sent, int failed, int bounced) {
    sentCount = sent;
    failedCount = failed;
    bouncedCount = bounced;
  }

  /** Whether items, subject and introduction may still change. */
  public boolean isEditable() {
    return status == IssueStatus.DRAFT;
  }

  private void moveTo(IssueStatus target) {
    if (!status.canMoveTo(target)) {
      throw new RuleViolationException(
          "issue.transitionNotAllowed",
          "An issue cannot go from " + status + " to " + target,
          status,
          target);
    }
    status = target;
  }

  private void requireEditable() {
    if (!isEditable()) {
      throw new RuleViolationException(
          "issue.notEditable", "Only a draft issue can be changed", status);
    }
  }

  // ----- items

  /** Appends an item at the end. */
  public void addItem(NewsletterItem item) {
    requireEditable();
    item.attachTo(this, items.size());
    items.add(item);
  }

  public void removeItem(NewsletterItem item) {
    requireEditable();
    if (items.remove(item)) {
      renumberItems();
    }
  }

  /** Moves an item to another place in the issue, 0 being the first. */
  public void moveItem(NewsletterItem item, int newIndex) {
    requireEditable();
    if (items.remove(item)) {
      items.add(Math.max(0, Math.min(newIndex, items.size())), item);
      renumberItems();
    }
  }

  private void renumberItems() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).attachTo(this, i);
    }
  }

  /** The items in reading order. */
  public List<NewsletterItem> getItems() {
    return Collections.unmodifiableList(items);
  }

  // ----- accessors

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public int getNumber() {
    return number;
  }

  /** The month the issue covers, {@code yyyy-MM}. */
  public String getPeriod() {
    return period;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    requireEditable();
    this.subject = subject;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String html) {
    requireEditable();
    this.introduction = RichText.sanitize(html);
  }

  public String getPreheader() {
    return preheader;
  }

  public void setPreheader(String preheader) {
    requireEditable();
    this.preheader = preheader;
  }

  /** When the issue is planned to start sending by itself, or {@code null}. */
  public Instant getSendAt() {
    return sendAt;
  }

  public IssueStatus getStatus() {
    return status;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    requireEditable();
    this.language = language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadyAt() {
    return readyAt;
  }

  public Instant getSendStartedAt() {
    return sendStartedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public int getRecipientCount() {
    return recipientCount;
  }

  public int getSentCount() {
    return sentCount;
  }

  public int getFailedCount() {
    return failedCount;
  }

  public int getBouncedCount() {
    return bouncedCount;
  }

  /** The Jakarta Batch execution that sends (or sent) the issue, if any. */
  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  /**
   * Deliveries a crash left claimed: their mail may or may not have left, and they are not sent
   * again unless an operator chooses to.
   */
  public int getUncertainCount() {
    return uncertainCount;
  }

  /** Why the last sending run stopped short, or {@code null}. */
  public String getSendError() {
    return sendError;
  }
}
