package app.tribune.newsletter.bounce;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the bounce mailbox at the configured interval on every node; {@link BounceMailbox} lets one
 * of them do it each time. Not persistent: a poll missed while the server was down is the same as
 * the next one.
 */
@Singleton
public class BounceMailboxTimer {

  private static final Logger LOG = Logger.getLogger(BounceMailboxTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private BounceMailbox mailbox;

  /**
   * Starts polling once the application has started: after {@code ApplicationStartup}, whose
   * observer has the default priority, has migrated the schema the poller's lock lives in.
   */
  public void start(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class)
          Object started) {
    BounceMailboxSettings settings = mailbox.settings();
    if (!settings.enabled()) {
      LOG.fine("No bounce mailbox (TRIBUNE_BOUNCE_IMAP_HOST is not set)");
      return;
    }
    long every = settings.pollInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    LOG.log(
        Level.INFO,
        "Bounce mailbox {0} on {1}:{2} polled every {3} s",
        new Object[] {
          settings.folder(),
          settings.host().get(),
          Integer.toString(settings.port()),
          settings.pollInterval().toSeconds()
        });
  }

  // Each report is handled in a transaction of its own, so that one failing undoes no other.
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void poll() {
    try {
      mailbox.poll(Instant.now());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "The bounce mailbox could not be read; trying again next time", e);
    }
  }
}
