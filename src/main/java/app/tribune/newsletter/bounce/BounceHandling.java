package app.tribune.newsletter.bounce;

import app.tribune.newsletter.ConsentEvent;
import app.tribune.newsletter.ConsentEventType;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.Delivery;
import app.tribune.newsletter.DeliveryStatus;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.SuppressedAddress;
import app.tribune.newsletter.SuppressionReason;
import app.tribune.newsletter.sending.MessageIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a bounce or a complaint does to the subscriber it concerns: a hard bounce ends their
 * deliveries, soft bounces do after {@code tribune.bounce.soft-threshold} in a row (see {@link
 * Subscriber#recordSoftBounce(Delivery, Optional, int, Instant)}), and a complaint ends them at
 * once and puts the address on the suppression list. Each change of status leaves a consent record,
 * whose detail keeps the status code only: remote servers' texts often quote the address, and
 * consent records outlive the subscriber's erasure.
 */
@ApplicationScoped
@Transactional
public class BounceHandling {

  private static final Logger LOG = Logger.getLogger(BounceHandling.class.getName());
  private static final Pattern SMTP_REPLY =
      Pattern.compile("^\\s*([245]\\d\\d)(?:[ -]+([245]\\.\\d{1,3}\\.\\d{1,3}))?");

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "tribune.bounce.soft-threshold", defaultValue = "3")
  private int softThreshold;

  private final Clock clock = Clock.systemUTC();

  /**
   * Applies one report, in one transaction: every recipient in it or none.
   *
   * @return how many of its bounces matched a subscriber
   */
  public int apply(List<Bounce> bounces) {
    Instant now = clock.instant();
    int matched = 0;
    for (Bounce bounce : bounces) {
      Optional<Delivery> delivery = delivery(bounce.messageId());
      Optional<Subscriber> subscriber =
          delivery.map(Delivery::getSubscriber).or(() -> byAddress(bounce.recipient()));
      if (subscriber.isPresent()) {
        matched++;
        apply(bounce, subscriber.get(), delivery, now);
      } else {
        LOG.info(() -> "A " + bounce.kind() + " report matches no subscriber; nothing to change");
      }
      if (bounce.kind() == Bounce.Kind.COMPLAINT) {
        subscriber
            .map(Subscriber::getEmail)
            .or(() -> Optional.ofNullable(bounce.recipient()))
            .ifPresent(address -> suppress(address, now));
      }
    }
    return matched;
  }

  /**
   * For the sender, when the mail server refuses a recipient for good (an SMTP 5xx reply): the
   * delivery ends as failed with the reply kept, and its subscriber counts as bounced. Joins the
   * caller's transaction when there is one; the caller may already have marked the delivery failed.
   *
   * @param smtpReply the server's reply, such as {@code 550 5.1.1 <…>: Recipient address rejected}
   */
  public void permanentFailure(long deliveryId, String smtpReply) {
    Delivery delivery = em.find(Delivery.class, deliveryId);
    if (delivery == null) {
      return;
    }
    if (delivery.getStatus() == DeliveryStatus.SENDING) {
      delivery.markFailed(smtpReply, true);
    }
    Subscriber subscriber = delivery.getSubscriber();
    if (subscriber != null) {
      markBounced(subscriber, ConsentSource.SYSTEM, smtpCodes(smtpReply), clock.instant());
    }
  }

  private void apply(
      Bounce bounce, Subscriber subscriber, Optional<Delivery> delivery, Instant now) {
    String detail = "status=" + bounce.code();
    switch (bounce.kind()) {
      case HARD -> {
        delivery.filter(d -> d.getStatus() == DeliveryStatus.SENT).ifPresent(Delivery::markBounced);
        markBounced(subscriber, ConsentSource.BOUNCE_MAILBOX, detail, now);
      }
      case SOFT -> {
        boolean bounced =
            delivery.isPresent()
                ? subscriber.recordSoftBounce(
                    delivery.get(), sentBefore(delivery.get()), softThreshold, now)
                : subscriber.recordSoftBounce(softThreshold, now);
        if (bounced) {
          record(
              subscriber,
              ConsentEventType.BOUNCED,
              detail + "; soft bounces=" + subscriber.getSoftBounceCount(),
              now);
        }
      }
      case COMPLAINT -> {
        SubscriberStatus before = subscriber.getStatus();
        subscriber.markComplained(now);
        if (subscriber.getStatus() != before) {
          record(subscriber, ConsentEventType.COMPLAINED, "feedback-type=" + bounce.code(), now);
        }
      }
    }
    LOG.info(
        () ->
            bounce.kind() + " report (" + bounce.code() + ") for subscriber " + subscriber.getId());
  }

  private void markBounced(
      Subscriber subscriber, ConsentSource source, String detail, Instant now) {
    SubscriberStatus before = subscriber.getStatus();
    subscriber.markBounced(now);
    if (subscriber.getStatus() != before) {
      em.persist(ConsentEvent.of(subscriber, ConsentEventType.BOUNCED, source, null, detail, now));
    }
  }

  private void record(Subscriber subscriber, ConsentEventType type, String detail, Instant now) {
    em.persist(ConsentEvent.of(subscriber, type, ConsentSource.BOUNCE_MAILBOX, null, detail, now));
  }

  private void suppress(String address, Instant now) {
    long known =
        em.createNamedQuery(SuppressedAddress.COUNT_BY_EMAIL_HASH, Long.class)
            .setParameter("emailHash", Subscriber.hashEmail(address))
            .getSingleResult();
    if (known == 0) {
      em.persist(SuppressedAddress.of(address, SuppressionReason.COMPLAINED, now));
    }
  }

  private Optional<Delivery> delivery(String messageId) {
    return MessageIds.parse(messageId)
        .flatMap(
            addressee ->
                em.createNamedQuery(Delivery.FIND_BY_ISSUE_NUMBER_AND_SUBSCRIBER, Delivery.class)
                    .setParameter("number", addressee.issueNumber())
                    .setParameter("subscriberId", addressee.subscriberId())
                    .getResultStream()
                    .findFirst());
  }

  /** The delivery to the same subscriber sent before {@code delivery}, if any. */
  private Optional<Delivery> sentBefore(Delivery delivery) {
    List<Delivery> newestFirst =
        em.createNamedQuery(Delivery.FIND_BY_SUBSCRIBER, Delivery.class)
            .setParameter("subscriber", delivery.getSubscriber())
            .getResultList();
    return newestFirst.stream()
        .dropWhile(d -> !d.getId().equals(delivery.getId()))
        .skip(1)
        .filter(d -> d.getSentAt() != null)
        .findFirst();
  }

  private Optional<Subscriber> byAddress(String address) {
    if (address == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Subscriber.FIND_BY_EMAIL, Subscriber.class)
        .setParameter("email", Subscriber.normalise(address))
        .getResultStream()
        .findFirst();
  }

  /**
   * {@code smtp=550; status=5.1.1} from a reply, without the free text that may quote the address.
   */
  static String smtpCodes(String reply) {
    Matcher codes = SMTP_REPLY.matcher(reply == null ? "" : reply);
    if (!codes.find()) {
      return "smtp=unknown";
    }
    return "smtp=" + codes.group(1) + (codes.group(2) == null ? "" : "; status=" + codes.group(2));
  }
}
