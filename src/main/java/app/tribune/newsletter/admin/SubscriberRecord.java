package app.tribune.newsletter.admin;

import app.tribune.newsletter.ConsentEventType;
import app.tribune.newsletter.ConsentSource;
import app.tribune.newsletter.DeliveryStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the back office shows about one subscriber.
 *
 * @param topics names of the sections chosen, empty for all
 * @param history changes of consent, newest first
 * @param deliveries issues sent, newest first
 */
public record SubscriberRecord(
    SubscriberRow subscriber,
    List<String> topics,
    Instant unsubscribedAt,
    int softBounces,
    List<HistoryLine> history,
    List<DeliveryLine> deliveries)
    implements Serializable {

  /** One change of consent. */
  public record HistoryLine(
      Instant at, ConsentEventType type, ConsentSource source, String textVersion, String detail)
      implements Serializable {}

  /**
   * One issue sent.
   *
   * @param uncertain claimed by a run that was interrupted: whether the mail left is unknown
   */
  public record DeliveryLine(
      int issueNumber,
      String issueSubject,
      DeliveryStatus status,
      boolean uncertain,
      int attempts,
      Instant createdAt,
      Instant sentAt,
      String lastError)
      implements Serializable {}
}
