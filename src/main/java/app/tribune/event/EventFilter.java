package app.tribune.event;

import java.io.Serializable;

/**
 * What the back office's event list shows.
 *
 * @param period upcoming (not over yet), past, or every event
 * @param text words of the title or place, or {@code null}
 */
public record EventFilter(Period period, String text) implements Serializable {

  /** Which events, by whether they are over. */
  public enum Period {
    /** Not over yet, soonest first: what editors work on. */
    UPCOMING,
    /** Over, latest first. */
    PAST,
    /** Every event, latest start first. */
    ALL
  }
}
