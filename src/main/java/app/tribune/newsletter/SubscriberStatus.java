package app.tribune.newsletter;

/** Where a subscriber stands; only confirmed subscribers receive issues. */
public enum SubscriberStatus {
  /** Signed up, confirmation link not yet followed. */
  PENDING,
  CONFIRMED,
  UNSUBSCRIBED,
  /** The address does not accept mail. */
  BOUNCED,
  /** The recipient reported an issue as spam. */
  COMPLAINED
}
