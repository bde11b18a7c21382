package app.tribune.newsletter.sending;

import java.util.Locale;

/**
 * The {@code Message-ID} of an issue's mail to a subscriber: the same however often it is sent, so
 * a receiving server can drop a duplicate, and a bounce report names the issue and subscriber.
 */
public final class MessageIds {

  private MessageIds() {}

  /** {@code <issue-12.subscriber-345@example.org>}. */
  public static String of(int issueNumber, long subscriberId, String host) {
    return "<issue-" + issueNumber + ".subscriber-" + subscriberId + "@" + host + ">";
  }

  /**
   * The domain of a sender written {@code Name <box@domain>} or {@code box@domain}, lower-case;
   * {@code localhost} when it has none.
   */
  public static String hostOf(String from) {
    int open = from.lastIndexOf('<');
    int close = from.lastIndexOf('>');
    String address = open >= 0 && close > open ? from.substring(open + 1, close) : from;
    int at = address.lastIndexOf('@');
    String host = at < 0 ? "" : address.substring(at + 1).strip();
    return host.isEmpty() ? "localhost" : host.toLowerCase(Locale.ROOT);
  }
}
