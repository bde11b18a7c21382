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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a run that stopped short the reason its steps recorded on the issue ("SMTP unreachable: …")
 * as its exit status, so the job console says why without anyone reading the logs; and keeps note
 * of the runs in progress on this node.
 */
@Named
@Dependent
public class SendJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(SendJobListener.class.getName());

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject private JobContext job;
  @Inject private NewsletterSending sending;

  @PersistenceContext private EntityManager em;

  @Override
  public void beforeJob() {
    sending.running(job.getExecutionId(), true);
  }

  @Override
  public void afterJob() {
    sending.running(job.getExecutionId(), false);
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
