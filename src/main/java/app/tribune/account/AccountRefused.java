package app.tribune.account;

/**
 * A change to an account that the rules forbid; the message is the key of the explanation in the
 * interface bundle, so a screen can show it in the user's language.
 */
public class AccountRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountRefused(String messageKey) {
    super(messageKey);
  }

  public String messageKey() {
    return getMessage();
  }
}
