package app.tribune.platform.security;

/** A caller asked a service for something its roles do not allow; the message names the call. */
public class AccessDenied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDenied(String what) {
    super(what);
  }
}
