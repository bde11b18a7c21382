package app.tribune.newsletter;

/** Where a newsletter issue stands, and which moves are allowed. */
public enum IssueStatus {
  DRAFT,
  /** Composed and approved; sending may start. */
  READY,
  SENDING,
  SENT,
  CANCELLED;

  public boolean canMoveTo(IssueStatus target) {
    return switch (this) {
      case DRAFT -> target == READY || target == CANCELLED;
      case READY -> target == DRAFT || target == SENDING || target == CANCELLED;
      // Cancelling while sending stops the remaining deliveries; those sent stay sent.
      case SENDING -> target == SENT || target == CANCELLED;
      // Sent once for good. An operator may still send its uncertain deliveries; it stays SENT.
      case SENT -> false;
      // A cancelled issue can be reworked, since its period stays taken.
      case CANCELLED -> target == DRAFT;
    };
  }
}
