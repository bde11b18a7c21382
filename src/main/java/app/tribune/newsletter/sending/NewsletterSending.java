package app.tribune.newsletter.sending;

import app.tribune.jobs.Heartbeats;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sending issues from the back office: marking one ready, starting its send, resuming one that
 * stopped, and how far it has gone.
 *
 * <p>The issue status rule: only a READY issue can be started, and starting moves it to SENDING in
 * one conditional statement before the job is launched, so two starts at once make one run. The job
 * moves it to SENT once no delivery is pending; until then it stays SENDING and can only be
 * resumed.
 */
@ApplicationScoped
public class NewsletterSending {

  /** The job's name: its XML file under META-INF/batch-jobs. */
  public static final String JOB = "send-newsletter";

  private static final Logger LOG = Logger.getLogger(NewsletterSending.class.getName());
  private static final Set<BatchStatus> RESTARTABLE =
      Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  @Inject private SendingLedger ledger;
  @Inject private Heartbeats heartbeats;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Where a send stands, for the progress bar. */
  public record Progress(
      int total, int sent, int failed, int skipped, int pending, int uncertain, double perSecond) {

    /** Done, out of total, in percent. */
    public int percent() {
      return total == 0 ? 100 : (int) ((sent + failed + skipped) * 100L / total);
    }

    /** The time left at the current pace, or {@code null} before there is a pace. */
    public Duration timeLeft() {
      return perSecond <= 0 ? null : Duration.ofSeconds((long) Math.ceil(pending / perSecond));
    }
  }

  /** Every issue, the latest first. */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public List<NewsletterIssue> issues() {
    return em.createNamedQuery(NewsletterIssue.FIND_ALL, NewsletterIssue.class).getResultList();
  }

  /** Declares a draft ready to send. */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  @Transactional
  public void markReady(long issueId) {
    find(issueId).markReady(clock.instant());
  }

  /**
   * Starts sending a ready issue.
   *
   * @return whether this call started it: {@code false} when someone else just did
   * @throws RuleViolationException when the issue is not ready
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public boolean start(long issueId) {
    return launch(issueId);
  }

  /**
   * Starts sending an issue the build job made ready, when automatic sending is configured: the job
   * runs with no caller to check a role of.
   *
   * @return whether this call started it
   */
  public boolean startAutomatically(long issueId) {
    return launch(issueId);
  }

  private boolean launch(long issueId) {
    NewsletterIssue issue = find(issueId);
    if (issue.getStatus() != IssueStatus.READY && issue.getStatus() != IssueStatus.SENDING) {
      throw new RuleViolationException(
          "issue.notReady", "Only a ready issue can be sent", issue.getStatus());
    }
    try {
      if (!ledger.takeIssue(issueId, clock.instant())) {
        return false;
      }
      long execution;
      try {
        execution = jobs().start(JOB, settings().jobParameters(issueId, false));
      } catch (RuntimeException e) {
        ledger.releaseIssue(issueId, "The send could not start: " + e.getMessage());
        throw e;
      }
      ledger.recordExecution(issueId, execution);
      LOG.log(
          Level.INFO,
          "Newsletter issue {0}: sending started, job execution {1}",
          new Object[] {Integer.toString(issue.getNumber()), Long.toString(execution)});
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("The issue could not be taken for sending", e);
    }
  }

  /**
   * Goes on with an issue whose send stopped: restarts its stopped or failed run, or starts a new
   * one when the last run died with its node (the repository cannot restart an execution it still
   * calls started). Deliveries an interrupted run left claimed are sent again only when {@code
   * resendClaimed}: their mail may have left.
   *
   * @throws RuleViolationException when the issue is not being sent, or its run is still going on a
   *     node that is still heard of
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public void resume(long issueId, boolean resendClaimed) {
    NewsletterIssue issue = find(issueId);
    if (issue.getStatus() != IssueStatus.SENDING) {
      throw new RuleViolationException(
          "issue.notSending", "Only an issue being sent can be resumed", issue.getStatus());
    }
    Long last = issue.getJobExecutionId();
    if (isUnderWay(issue)) {
      throw new RuleViolationException("issue.sendRunning", "The send is still running");
    }
    JobOperator jobs = jobs();
    var parameters = settings().jobParameters(issueId, resendClaimed);
    // A run that died with its node still reads "started"; each delivery's claim keeps a new run
    // from sending what the old one sent, should that node come back after all.
    long execution =
        last != null && RESTARTABLE.contains(jobs.getJobExecution(last).getBatchStatus())
            ? jobs.restart(last, parameters)
            : jobs.start(JOB, parameters);
    try {
      ledger.recordExecution(issueId, execution);
    } catch (SQLException e) {
      throw new IllegalStateException("The job execution could not be recorded", e);
    }
    LOG.log(
        Level.INFO,
        "Newsletter issue {0}: sending resumed, job execution {1}",
        new Object[] {Integer.toString(issue.getNumber()), Long.toString(execution)});
  }

  /** How many subscribers a send of the issue would reach now, for the confirmation. */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public int countRecipients(long issueId) {
    try {
      return ledger.countRecipients(issueId);
    } catch (SQLException e) {
      throw new IllegalStateException("The recipients could not be counted", e);
    }
  }

  /**
   * Whether the last run of this issue's send is going on, on any node still heard of: false once
   * it stopped, failed, or was interrupted with its node.
   */
  public boolean isUnderWay(NewsletterIssue issue) {
    return issue.getJobExecutionId() != null && heartbeats.isLive(issue.getJobExecutionId());
  }

  /** How far the send of an issue has gone. */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public Progress progress(long issueId) {
    NewsletterIssue issue = find(issueId);
    Map<DeliveryStatus, Integer> counts = ledger.counts(issueId);
    int sent = counts.get(DeliveryStatus.SENT) + counts.get(DeliveryStatus.BOUNCED);
    Instant started = issue.getSendStartedAt();
    double seconds =
        started == null ? 0 : Duration.between(started, clock.instant()).toMillis() / 1000.0;
    return new Progress(
        issue.getRecipientCount(),
        sent,
        counts.get(DeliveryStatus.FAILED),
        counts.get(DeliveryStatus.SKIPPED),
        counts.get(DeliveryStatus.PENDING),
        counts.get(DeliveryStatus.SENDING),
        seconds > 0 ? sent / seconds : 0);
  }

  private NewsletterIssue find(long issueId) {
    NewsletterIssue issue = em.find(NewsletterIssue.class, issueId);
    if (issue == null) {
      throw new RuleViolationException("issue.notFound", "No such issue", issueId);
    }
    return issue;
  }

  private static JobOperator jobs() {
    return BatchRuntime.getJobOperator();
  }

  private static SendSettings settings() {
    return SendSettings.fromConfig(ConfigProvider.getConfig());
  }
}
