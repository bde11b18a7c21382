package app.tribune.event;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;

/** What the back office's event list shows of an event, read without loading the entity. */
public record EventRow(
    long id,
    String title,
    String slug,
    Instant startsAt,
    Instant endsAt,
    String place,
    String section,
    Language language,
    boolean cancelled)
    implements Serializable {

  static EventRow fromRow(Object[] row) {
    return new EventRow(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (Instant) row[3],
        (Instant) row[4],
        (String) row[5],
        (String) row[6],
        (Language) row[7],
        (Boolean) row[8]);
  }
}
