package app.tribune.newsletter.admin;

import app.tribune.newsletter.SubscriberStatus;
import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the subscriber list is narrowed to; each part left {@code null} matches everyone.
 *
 * @param status exactly this status
 * @param topicId subscribers who chose this section
 * @param language subscribers reading in this language
 * @param from subscribed (row created) at or after
 * @param until subscribed strictly before
 * @param text words the address or the name contains, in any case
 */
public record SubscriberFilter(
    SubscriberStatus status,
    Long topicId,
    Language language,
    Instant from,
    Instant until,
    String text)
    implements Serializable {

  public static final SubscriberFilter ALL =
      new SubscriberFilter(null, null, null, null, null, null);

  public SubscriberFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
