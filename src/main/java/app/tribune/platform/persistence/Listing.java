package app.tribune.platform.persistence;

import app.tribune.platform.i18n.Language;
import java.time.Instant;

/**
 * One row of a long public list read without loading its entity: enough to write its address and
 * say when it last changed (the sitemap lists every article this way).
 */
public record Listing(long id, String slug, Language language, Instant lastModified) {

  /**
   * Reads a row of id, slug and language followed by any number of instants, of which the latest is
   * the row's last change.
   */
  public static Listing fromRow(Object[] row) {
    return new Listing(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (Language) row[2],
        ChangeStamp.latestIn(row, 3));
  }
}
