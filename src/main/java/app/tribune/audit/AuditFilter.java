package app.tribune.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * What the audit screen asks for; each part left {@code null} matches everything.
 *
 * @param actor exactly this username (or {@code system})
 * @param action actions starting with this text: {@code account.} for every account action
 * @param targetType exactly this kind of object, e.g. {@code Account}
 * @param from entries at or after this instant
 * @param until entries strictly before this instant
 */
public record AuditFilter(
    String actor, String action, String targetType, Instant from, Instant until) {

  public AuditFilter {
    actor = blankToNull(actor == null ? null : actor.toLowerCase(Locale.ROOT));
    action = blankToNull(action);
    targetType = blankToNull(targetType);
  }

  /** Matches every entry. */
  public static AuditFilter all() {
    return new AuditFilter(null, null, null, null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
