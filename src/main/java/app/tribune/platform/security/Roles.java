package app.tribune.platform.security;

/** Role names as the container sees them, for annotations that need compile-time constants. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String EDITOR = "EDITOR";
  public static final String AUTHOR = "AUTHOR";

  private Roles() {}
}
