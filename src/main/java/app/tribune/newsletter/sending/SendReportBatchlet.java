package app.tribune.newsletter.sending;

import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.mail.MailTransport;
import app.tribune.site.SiteSettings;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Step 3: counts the deliveries onto the issue and closes it, then tells the editors. While
 * deliveries are still pending (temporary failures that outlasted their retries) the issue stays
 * "sending" and the job stops, to be restarted.
 */
@Named
@Dependent
public class SendReportBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(SendReportBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject private SendingLedger ledger;
  @Inject private MailTransport transport;
  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /**
   * In a transaction of its own, so that its entity manager is this step's: one used outside a
   * transaction belongs to the invocation the batch thread carries, and is closed when that ends.
   */
  @Override
  @Transactional
  public String process() throws Exception {
    long id = Long.parseLong(issueId);
    Map<DeliveryStatus, Integer> counts = ledger.counts(id);
    NewsletterIssue issue = ledger.close(id, counts, clock.instant());
    int pending = counts.get(DeliveryStatus.PENDING);
    if (pending > 0) {
      ledger.recordError(
          id, pending + " deliveries still pending after temporary failures: restart the send");
      return "PENDING";
    }
    String siteName = em.find(SiteSettings.class, SiteSettings.ID).getSiteName();
    for (SendingLedger.Editor editor : ledger.editors()) {
      try {
        transport.send(report(editor, siteName, issue, counts));
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "The sending report could not be mailed to an editor", e);
      }
    }
    return "SENT";
  }

  private MimeMessage report(
      SendingLedger.Editor editor,
      String siteName,
      NewsletterIssue issue,
      Map<DeliveryStatus, Integer> counts)
      throws MessagingException {
    Language language = editor.language();
    MimeMessage message = transport.newMessage();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(editor.email()));
    message.setSubject(
        IssueRenderer.text(language, "report.subject", siteName, issue.getNumber()),
        StandardCharsets.UTF_8.name());
    message.setText(
        IssueRenderer.text(
            language,
            "report.body",
            siteName,
            issue.getNumber(),
            issue.getSubject(),
            Integer.toString(issue.getRecipientCount()),
            Integer.toString(counts.get(DeliveryStatus.SENT) + counts.get(DeliveryStatus.BOUNCED)),
            Integer.toString(counts.get(DeliveryStatus.FAILED)),
            Integer.toString(counts.get(DeliveryStatus.SKIPPED)),
            Integer.toString(counts.get(DeliveryStatus.SENDING))),
        StandardCharsets.UTF_8.name());
    return message;
  }
}
