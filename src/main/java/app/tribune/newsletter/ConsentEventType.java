package app.tribune.newsletter;

/** What happened to a subscriber's consent. */
public enum ConsentEventType {
  REQUESTED,
  CONFIRMED,
  PREFERENCES_CHANGED,
  UNSUBSCRIBED,
  BOUNCED,
  COMPLAINED,
  /** The subscriber's data was deleted on request; only this trail remains. */
  ERASED
}
