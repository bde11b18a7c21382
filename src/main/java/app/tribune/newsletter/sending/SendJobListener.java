package app.tribune.newsletter.sending;

import app.tribune.newsletter.NewsletterIssue;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a run that stopped short the reason its steps recorded on the issue ("SMTP unreachable: …")
 * as its exit status, so the job console says why without anyone reading the logs.
 */
@Named
@Dependent
public class SendJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(SendJobListener.class.getName());

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject private JobContext job;

  @PersistenceContext private EntityManager em;

  /** In a transaction, for the reason {@link SendReportBatchlet#process} gives. */
  @Override
  @Transactional
  public void afterJob() {
    NewsletterIssue issue = em.find(NewsletterIssue.class, Long.valueOf(issueId));
    if (issue != null && issue.getSendError() != null) {
      job.setExitStatus(issue.getSendError());
      LOG.log(
          Level.WARNING,
          "Newsletter issue {0} stopped short: {1}",
          new Object[] {Integer.toString(issue.getNumber()), issue.getSendError()});
    }
  }
}
