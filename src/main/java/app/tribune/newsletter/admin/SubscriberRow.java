package app.tribune.newsletter.admin;

import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;

/** A subscriber as the list shows them, kept in the editor's session between requests. */
public record SubscriberRow(
    long id,
    String email,
    String name,
    SubscriberStatus status,
    Language language,
    Instant createdAt,
    Instant confirmedAt)
    implements Serializable {

  static SubscriberRow of(Subscriber subscriber) {
    return new SubscriberRow(
        subscriber.getId(),
        subscriber.getEmail(),
        subscriber.getName(),
        subscriber.getStatus(),
        subscriber.getLanguage(),
        subscriber.getCreatedAt(),
        subscriber.getConfirmedAt());
  }
}
