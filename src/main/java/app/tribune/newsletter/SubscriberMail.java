package app.tribune.newsletter;

import app.tribune.platform.i18n.Language;
import java.util.List;
import java.util.Map;

/**
 * A mail to one subscriber, fired within the transaction that decided it and sent by {@link
 * NewsletterMails} once that transaction has committed: a link is only mailed if what it points to
 * was saved.
 *
 * @param link the address the mail's button leads to, if it has one
 * @param headers extra headers, such as {@code List-Unsubscribe}
 * @param facts label keys and values listed in the mail (the "my data" mail)
 */
public record SubscriberMail(
    Kind kind,
    String address,
    String name,
    Language language,
    String link,
    Map<String, String> headers,
    List<Map.Entry<String, String>> facts) {

  /** What the mail is for; each has its texts in the mail bundles under its key. */
  public enum Kind {
    CONFIRM("confirm"),
    WELCOME("welcome"),
    ALREADY_SUBSCRIBED("already"),
    DATA("data");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }
}
