package app.tribune.newsletter.sending;

import app.tribune.newsletter.NewsletterLinks;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 1: one pending delivery per recipient (see {@link SendingLedger#materialise}), and on a
 * restart the account of deliveries a crash left claimed. Runs again at every restart: the unique
 * (issue, subscriber) key makes that harmless, and subscribers confirmed since are included.
 */
@Named
@Dependent
public class MaterialiseBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(MaterialiseBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject
  @BatchProperty(name = "resendClaimed")
  String resendClaimed;

  @Inject private SendingLedger ledger;
  @Inject private StepContext step;
  @Inject private NewsletterLinks links;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String process() throws Exception {
    long issue = Long.parseLong(issueId);
    boolean resend = Boolean.parseBoolean(resendClaimed);
    int uncertain = ledger.settleUncertain(issue, resend);
    if (uncertain > 0) {
      LOG.log(
          Level.WARNING,
          resend
              ? "Newsletter issue id {0}: {1} deliveries left claimed by an interrupted run are sent"
                  + " again, as the operator asked"
              : "Newsletter issue id {0}: {1} deliveries were left claimed by an interrupted run;"
                  + " their mail may have left, so they are not sent again",
          new Object[] {Long.toString(issue), uncertain});
    }
    int recipients = ledger.materialise(issue, clock.instant());
    // The signing key is read through a transactional method: read it once here, before the
    // partitions' threads would all ask for it at the same moment (see SendingLedger).
    links.tokens();
    LOG.log(
        Level.INFO,
        "Newsletter issue id {0}: {1} recipients",
        new Object[] {Long.toString(issue), recipients});
    String status = uncertain > 0 && !resend ? "UNCERTAIN:" + uncertain : "MATERIALISED";
    step.setExitStatus(status);
    return status;
  }
}
