package app.tribune.newsletter.sending;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an SMTP failure means for the delivery it hit, and for the ones after it. */
public enum SmtpFailure {
  /** The server answered 4xx about this message: try it again later. */
  TEMPORARY,
  /** The server answered 5xx about this recipient: the address does not take mail. */
  PERMANENT,
  /**
   * No answer: refused connection, dropped connection, timeout, or the server closing the session
   * (421). Says nothing about the recipient; many in a row mean the server is down.
   */
  CONNECTION;

  private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

  /** Sorts a failure from jakarta.mail by the SMTP reply it carries, if any. */
  public static SmtpFailure of(MessagingException failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof IOException) {
        return CONNECTION;
      }
    }
    if (failure instanceof SendFailedException refused && hasAny(refused.getInvalidAddresses())) {
      return PERMANENT;
    }
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
      if (code.find()) {
        if (code.group().strip().startsWith("421")) {
          return CONNECTION;
        }
        return switch (code.group(1)) {
          case "5" -> PERMANENT;
          case "4" -> TEMPORARY;
          default -> CONNECTION;
        };
      }
    }
    return CONNECTION;
  }

  /** The failure in one line for the delivery's record: the server's own words first. */
  public static String describe(MessagingException failure) {
    Throwable deepest = failure;
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause.getMessage() != null) {
        deepest = cause;
      }
    }
    String text = deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
    return text.replaceAll("\\s+", " ").strip();
  }

  private static Throwable next(Throwable failure) {
    if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
      return messaging.getNextException();
    }
    return failure.getCause() == failure ? null : failure.getCause();
  }

  private static boolean hasAny(Address[] addresses) {
    return addresses != null && addresses.length > 0;
  }
}
