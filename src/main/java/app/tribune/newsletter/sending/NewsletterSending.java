package app.tribune.newsletter.sending;

import app.tribune.audit.AuditLog;
import app.tribune.jobs.Heartbeats;
import app.tribune.jobs.JobLauncher;
import app.tribune.jobs.JobSubmitter;
import app.tribune.jobs.TribuneJob;
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
import java.util.OptionalLong;
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
 * resumed. A SENT issue stays sent: the one run an operator may still start for it sends to its
 * uncertain deliveries only ({@link #resendUncertain}).
 *
 * <p>Resuming and sending to the uncertain ones go through the {@link JobLauncher}, which starts a
 * run only while no run of the job is under way anywhere: a run that puts claimed deliveries back
 * in the queue must never overlap one that may hold some of them in flight.
 */
@ApplicationScoped
public class NewsletterSending {

  /** The job's name: its XML file under META-INF/batch-jobs. */
  public static final String JOB = "send-newsletter";

  private static final String AUDIT_TYPE = "NewsletterIssue";

  private static final Logger LOG = Logger.getLogger(NewsletterSending.class.getName());
  private static final Set<BatchStatus> RESTARTABLE =
      Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  @Inject private SendingLedger ledger;
  @Inject private Heartbeats heartbeats;
  @Inject private JobLauncher launcher;
  @Inject private JobSubmitter submitter;
  @Inject private AuditLog audit;
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
        execution = submitter.start(JOB, settings().jobParameters(issueId, false));
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
   * calls started). Deliveries an interrupted run left claimed are not sent again: their mail may
   * have left (see {@link #resendUncertain}).
   *
   * @throws RuleViolationException when the issue is not being sent, or a send is still running
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public void resume(long issueId) {
    NewsletterIssue issue = find(issueId);
    if (issue.getStatus() != IssueStatus.SENDING) {
      throw new RuleViolationException(
          "issue.notSending", "Only an issue being sent can be resumed", issue.getStatus());
    }
    requireStopped(issue);
    Long last = issue.getJobExecutionId();
    var parameters = settings().jobParameters(issueId, false);
    // A run that died with its node still reads "started"; each delivery's claim keeps a new run
    // from sending what the old one sent, should that node come back after all.
    OptionalLong execution =
        last != null && RESTARTABLE.contains(jobs().getJobExecution(last).getBatchStatus())
            ? launcher.restart(TribuneJob.SEND_NEWSLETTER, last, parameters)
            : launcher.start(TribuneJob.SEND_NEWSLETTER, parameters);
    record(issue, execution, "resumed");
  }

  /**
   * Sends the issue to the recipients whose delivery an interrupted run left uncertain, at the
   * operator's express wish: some of them may get a second copy. It starts a new run that puts
   * those deliveries back in the queue first; on an issue still being sent that run also goes on
   * with the pending ones, and on a sent issue it adds nobody (the issue stays sent). Afterwards
   * the issue's uncertain count is 0 and its sent and failed counts include them.
   *
   * @return how many recipients were uncertain
   * @throws RuleViolationException when nothing is uncertain, or a send is running
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public int resendUncertain(long issueId) {
    NewsletterIssue issue = find(issueId);
    requireStopped(issue);
    int uncertain = unsettled(issue).uncertain(issue.getStatus());
    if (uncertain == 0) {
      throw new RuleViolationException(
          "issue.nothingUncertain", "No delivery of this issue is uncertain", issue.getStatus());
    }
    long execution =
        record(
            issue,
            launcher.start(TribuneJob.SEND_NEWSLETTER, settings().jobParameters(issueId, true)),
            "sending again to " + uncertain + " uncertain recipients");
    audit.record(
        "newsletter.resendUncertain",
        AUDIT_TYPE,
        issueId,
        uncertain + " uncertain recipient(s), job execution " + execution);
    return uncertain;
  }

  /**
   * How many recipients {@link #resendUncertain} would reach now: 0 while a run of the issue is
   * under way, since its claims are then in flight rather than uncertain.
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR})
  public int uncertain(NewsletterIssue issue) {
    int uncertain = unsettled(issue).uncertain(issue.getStatus());
    return uncertain == 0 || isUnderWay(issue) ? 0 : uncertain;
  }

  private SendingLedger.Unsettled unsettled(NewsletterIssue issue) {
    if (issue.getStatus() != IssueStatus.SENDING && issue.getStatus() != IssueStatus.SENT) {
      return new SendingLedger.Unsettled(0, 0);
    }
    try {
      return ledger.unsettled(issue.getId());
    } catch (SQLException e) {
      throw new IllegalStateException("The unsettled deliveries could not be counted", e);
    }
  }

  private void requireStopped(NewsletterIssue issue) {
    if (isUnderWay(issue)) {
      throw new RuleViolationException("issue.sendRunning", "The send is still running");
    }
  }

  /**
   * Remembers the run launched for the issue; refuses when another run kept it from starting.
   *
   * @return the run's execution id
   */
  private long record(NewsletterIssue issue, OptionalLong execution, String what) {
    if (execution.isEmpty()) {
      throw new RuleViolationException("issue.sendRunning", "A send is running");
    }
    try {
      ledger.recordExecution(issue.getId(), execution.getAsLong());
    } catch (SQLException e) {
      throw new IllegalStateException("The job execution could not be recorded", e);
    }
    LOG.log(
        Level.INFO,
        "Newsletter issue {0}: {1}, job execution {2}",
        new Object[] {
          Integer.toString(issue.getNumber()), what, Long.toString(execution.getAsLong())
        });
    return execution.getAsLong();
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
