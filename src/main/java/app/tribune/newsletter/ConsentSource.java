package app.tribune.newsletter;

/** Through what a consent change arrived. */
public enum ConsentSource {
  /** A public form or a link in a mail, used by the subscriber. */
  FORM,
  IMPORT,
  ADMIN,
  BOUNCE_MAILBOX,
  SYSTEM
}
