package app.tribune.newsletter.sending;

import app.tribune.newsletter.sending.DeliveryClaims.Claim;
import app.tribune.platform.mail.MailTransport;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one partition's mails over one SMTP connection, kept open from chunk to chunk. Each
 * delivery is claimed (committed) before its mail leaves and marked sent after: see the package
 * documentation for why that makes a send exactly once.
 *
 * <p>Failures: a 4xx is retried after a growing pause, a bounded number of times, then the delivery
 * goes back to pending for a restart; a 5xx fails the delivery and bounces the subscriber; a lost
 * connection is opened again, and after {@code errorThreshold} of those in a row the partition
 * stops with "SMTP unreachable" rather than walk the whole list.
 */
@Named
@Dependent
public class DeliveryWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(DeliveryWriter.class.getName());
  private static final int DATA_ACCEPTED = 354;
  private static final int NO_REPLY = -1;

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject
  @BatchProperty(name = "ratePerSecond")
  String ratePerSecond;

  @Inject
  @BatchProperty(name = "ratePerHour")
  String ratePerHour;

  @Inject
  @BatchProperty(name = "retryLimit")
  String retryLimit;

  @Inject
  @BatchProperty(name = "backoffMillis")
  String backoffMillis;

  @Inject
  @BatchProperty(name = "errorThreshold")
  String errorThreshold;

  @Inject private SendingLedger ledger;
  @Inject private DeliveryClaims claims;
  @Inject private MailTransport transport;
  @Inject private SendRateLimiter rateLimiter;

  private final Clock clock = Clock.systemUTC();
  private Transport connection;
  private int connectionFailures;

  /** Thrown when the SMTP server stayed out of reach {@code errorThreshold} times in a row. */
  static final class SmtpUnreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SmtpUnreachable(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  @Override
  public void open(Serializable checkpoint) {
    connectionFailures = 0;
  }

  @Override
  public void writeItems(List<Object> items) throws Exception {
    try (DeliveryClaims.Session session = claims.open()) {
      for (Object item : items) {
        OutgoingMail mail = (OutgoingMail) item;
        if (session.claim(mail.deliveryId(), clock.instant()) == Claim.CLAIMED) {
          rateLimiter.acquire(Integer.parseInt(ratePerSecond), Integer.parseInt(ratePerHour));
          if (deliver(mail, session)) {
            session.markSent(mail.deliveryId(), mail.messageId(), clock.instant());
          }
        }
      }
    }
  }

  /**
   * Sends one claimed mail, retrying as the failure allows, and settles the claim unless the mail
   * left.
   *
   * @return whether the server accepted it
   */
  private boolean deliver(OutgoingMail mail, DeliveryClaims.Session session)
      throws SQLException, InterruptedException {
    int temporaryFailures = 0;
    while (true) {
      try {
        send(mail);
        connectionFailures = 0;
        return true;
      } catch (MessagingException failure) {
        String error = SmtpFailure.describe(failure);
        switch (SmtpFailure.of(failure)) {
          case PERMANENT -> {
            ledger.refuse(mail.deliveryId(), mail.subscriberId(), error, clock.instant());
            return false;
          }
          case TEMPORARY -> {
            temporaryFailures++;
            if (temporaryFailures > Integer.parseInt(retryLimit)) {
              session.release(mail.deliveryId(), error);
              return false;
            }
            pause(temporaryFailures);
          }
          case CONNECTION -> {
            boolean mayHaveLeft = dataWasSent();
            closeConnection();
            connectionFailures++;
            boolean unreachable = connectionFailures >= Integer.parseInt(errorThreshold);
            if (mayHaveLeft) {
              LOG.log(
                  Level.WARNING,
                  "Newsletter delivery {0}: the connection broke after the message went out ({1});"
                      + " whether it arrived is unknown, so it stays claimed and is not sent again",
                  new Object[] {Long.toString(mail.deliveryId()), error});
            } else if (unreachable) {
              session.release(mail.deliveryId(), error);
            }
            if (unreachable) {
              String reason = "SMTP unreachable: " + error;
              ledger.recordError(Long.parseLong(issueId), reason);
              throw new SmtpUnreachable(reason, failure);
            }
            LOG.log(
                Level.WARNING,
                "Newsletter sending: connection to the SMTP server lost ({0}), trying again",
                error);
            pause(connectionFailures);
            if (mayHaveLeft) {
              return false;
            }
          }
        }
      }
    }
  }

  /**
   * Whether the failed message's data had been handed to the server: its last reply was 354 ("go
   * ahead"), or the connection ended where a reply was due (-1), so the message may have been
   * accepted before the connection broke. The SMTP transport jakarta.mail ships (Angus) tells its
   * last reply; the API has no word for it, hence the reflection. Unknown counts as yes: a mail
   * missed is better than a mail sent twice.
   */
  private boolean dataWasSent() {
    if (connection == null) {
      return false;
    }
    try {
      Object reply = connection.getClass().getMethod("getLastReturnCode").invoke(connection);
      return !(reply instanceof Integer code) || code == DATA_ACCEPTED || code == NO_REPLY;
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      return true;
    }
  }

  private void send(OutgoingMail mail) throws MessagingException {
    if (!transport.isSmtp()) {
      transport.send(mail.message());
      return;
    }
    // Not isConnected(): the SMTP transport checks with a NOOP round trip each time.
    if (connection == null) {
      connection = transport.connect();
    }
    connection.sendMessage(mail.message(), mail.message().getAllRecipients());
  }

  /** Waits {@code backoffMillis}, doubled for each earlier try (at most 64 times as long). */
  private void pause(int attempt) throws InterruptedException {
    Thread.sleep(Long.parseLong(backoffMillis) << Math.min(attempt - 1, 6));
  }

  @Override
  public void close() {
    closeConnection();
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "Closing a broken SMTP connection failed, as it may", e);
      }
      connection = null;
    }
  }
}
