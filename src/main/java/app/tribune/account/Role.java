package app.tribune.account;

/** What a back-office user may do; the names are the security roles of {@code /admin}. */
public enum Role {
  /** Everything, including accounts, site settings and the audit log. */
  ADMIN,
  /** Reviews, publishes and archives anyone's articles; manages newsletters and subscribers. */
  EDITOR,
  /** Writes articles and submits them for review. */
  AUTHOR
}
