package app.tribune.newsletter.admin;

import app.tribune.newsletter.SubscriptionService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the opt-in mails of an import in the background, at a steady pace: thousands of mails at
 * once would hold the editor's request and could get the organisation's mail server throttled or
 * its address listed as a spam source. Each mail is sent once its own small transaction (the new
 * confirmation link) has committed. Should the node stop half way, the rest stay pending without a
 * link; the subscriber's page can send it again.
 */
@ApplicationScoped
public class OptInQueue {

  private static final Logger LOG = Logger.getLogger(OptInQueue.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private SubscriptionService subscriptions;

  @Inject
  @ConfigProperty(name = "tribune.newsletter.import.opt-ins-per-minute", defaultValue = "600")
  int perMinute;

  void queue(@Observes(during = TransactionPhase.AFTER_SUCCESS) OptInsRequested requested) {
    List<Long> ids = List.copyOf(requested.subscriberIds());
    executor.submit(() -> send(ids));
  }

  private void send(List<Long> ids) {
    long pause = 60_000L / Math.max(1, perMinute);
    int sent = 0;
    for (Long id : ids) {
      try {
        if (subscriptions.sendConfirmation(id)) {
          sent++;
        }
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        LOG.log(Level.WARNING, "Opt-in mails of an import stopped after {0}", sent);
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Opt-in mail for subscriber " + id + " not sent", e);
      }
    }
    LOG.log(
        Level.INFO, "Opt-in mails of an import sent: {0} of {1}", new Object[] {sent, ids.size()});
  }
}
