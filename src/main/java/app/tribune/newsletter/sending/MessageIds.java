package app.tribune.newsletter.sending;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Message-ID} of an issue's mail to a subscriber: the same however often it is sent, so
 * a receiving server can drop a duplicate, and a bounce report names the issue and subscriber.
 */
public final class MessageIds {

  private static final Pattern OURS =
      Pattern.compile("<issue-(\\d{1,9})\\.subscriber-(\\d{1,18})@[^<>\\s]*>");

  /** The issue and subscriber a Message-ID of ours names. */
  public record Addressee(int issueNumber, long subscriberId) {}

  private MessageIds() {}

  /** {@code <issue-12.subscriber-345@example.org>}. */
  public static String of(int issueNumber, long subscriberId, String host) {
    return "<issue-" + issueNumber + ".subscriber-" + subscriberId + "@" + host + ">";
  }

  /**
   * The issue and subscriber {@code messageId} was written for, when it is one of ours: a bounce
   * report finds its delivery by them, through the index that keeps one delivery per issue and
   * subscriber, so no index of Message-IDs costs every mail sent a write.
   */
  public static Optional<Addressee> parse(String messageId) {
    Matcher ours = messageId == null ? null : OURS.matcher(messageId.strip());
    if (ours == null || !ours.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Addressee(Integer.parseInt(ours.group(1)), Long.parseLong(ours.group(2))));
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
