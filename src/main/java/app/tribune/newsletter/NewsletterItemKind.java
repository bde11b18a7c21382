package app.tribune.newsletter;

/** What a newsletter item points to. */
public enum NewsletterItemKind {
  ARTICLE,
  EVENT
}
