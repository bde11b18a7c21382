package app.tribune.newsletter;

/** Where the delivery of an issue to one recipient stands. */
public enum DeliveryStatus {
  PENDING,
  /** Claimed by a sender; the mail may or may not have left. */
  SENDING,
  SENT,
  /** Given up: a permanent error, or too many attempts. */
  FAILED,
  /** Sent, then returned by the recipient's server. */
  BOUNCED,
  /** Not sent: the recipient could no longer receive by the time their turn came. */
  SKIPPED
}
