package app.tribune.newsletter.building;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What an issue for a period covers, built at {@code now}: the articles published after {@code
 * articlesSince} and by {@code now}, and the events starting from {@code now} to {@code
 * eventsUntil}.
 *
 * <p>Articles are counted from the last issue sent, not from the start of the period: an issue that
 * was never built or never sent leaves its articles to the next one, so a missed month is merged
 * into the following, and nothing is announced twice. Before any issue was sent, the period's first
 * day is the start. Events run to the end of the month after the period, which covers the weeks
 * until the next issue arrives.
 */
record IssueWindow(YearMonth period, Instant articlesSince, Instant now, Instant eventsUntil) {

  static IssueWindow of(YearMonth period, Optional<Instant> lastSent, Instant now, ZoneId zone) {
    Instant since = lastSent.orElseGet(() -> period.atDay(1).atStartOfDay(zone).toInstant());
    Instant eventsUntil = period.plusMonths(2).atDay(1).atStartOfDay(zone).toInstant();
    return new IssueWindow(period, since, now, eventsUntil);
  }
}
