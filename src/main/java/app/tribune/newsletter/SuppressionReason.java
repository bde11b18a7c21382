package app.tribune.newsletter;

/** Why an address must never be mailed again (unless its owner subscribes afresh). */
public enum SuppressionReason {
  COMPLAINED,
  ERASED,
  BOUNCED
}
