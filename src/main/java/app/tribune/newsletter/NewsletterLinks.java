package app.tribune.newsletter;

import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The personal links of the newsletter, and the headers that let mail programs offer "unsubscribe"
 * themselves (RFC 2369 and RFC 8058). The sending job puts {@link #listUnsubscribeHeaders} on every
 * issue and {@link #preferencesUrl} in its footer.
 */
@ApplicationScoped
public class NewsletterLinks {

  public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
  public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

  private SigningKey signingKey;
  private String baseUrl;
  private String unsubscribeMailbox;
  private volatile SignedTokens tokens;

  protected NewsletterLinks() {}

  /**
   * @param unsubscribeAddress {@code TRIBUNE_NEWSLETTER_UNSUBSCRIBE_ADDRESS}: the mailbox that
   *     receives unsubscribe requests by mail; the sender's address when not set
   */
  @Inject
  NewsletterLinks(
      SigningKey signingKey,
      @ConfigProperty(name = "tribune.base.url") String baseUrl,
      @ConfigProperty(name = "tribune.newsletter.unsubscribe-address")
          Optional<String> unsubscribeAddress,
      @ConfigProperty(name = "tribune.mail.from", defaultValue = "Tribune <noreply@localhost>")
          String mailFrom) {
    this.signingKey = signingKey;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.unsubscribeMailbox =
        unsubscribeAddress.filter(a -> !a.isBlank()).orElseGet(() -> mailbox(mailFrom));
  }

  /** Links signed by {@code tokens}, for code that runs outside the container. */
  public NewsletterLinks(SignedTokens tokens, String baseUrl, String unsubscribeMailbox) {
    this.tokens = tokens;
    this.baseUrl = baseUrl;
    this.unsubscribeMailbox = unsubscribeMailbox;
  }

  /** The signer of the newsletter's tokens, with the site's key. */
  public SignedTokens tokens() {
    SignedTokens signer = tokens;
    if (signer == null) {
      signer = new SignedTokens(signingKey.bytes(), Clock.systemUTC());
      tokens = signer;
    }
    return signer;
  }

  public String confirmUrl(String token, Language language) {
    return address(language, "/newsletter/confirm/" + token);
  }

  /**
   * The subscriber's page of topics, language, data and leaving; it works for as long as they do.
   */
  public String preferencesUrl(Subscriber subscriber) {
    return preferencesUrl(subscriber.getId(), subscriber.getLanguage());
  }

  /**
   * {@link #preferencesUrl(Subscriber)} from the subscriber's id and language, for the sending job,
   * which reads recipients as rows rather than entities.
   */
  public String preferencesUrl(long subscriberId, Language language) {
    return address(
        language,
        "/newsletter/preferences/" + tokens().issue(Purpose.PREFERENCES, subscriberId, null));
  }

  public String unsubscribeUrl(Subscriber subscriber) {
    return unsubscribeUrl(subscriber.getId(), subscriber.getLanguage());
  }

  public String unsubscribeUrl(long subscriberId, Language language) {
    return address(
        language,
        "/newsletter/unsubscribe/" + tokens().issue(Purpose.UNSUBSCRIBE, subscriberId, null));
  }

  /**
   * {@code List-Unsubscribe} with the one-click address and a mailto for mail programs without
   * HTTP, and {@code List-Unsubscribe-Post}, which tells them a POST to that address unsubscribes
   * at once (RFC 8058), in the order they are to be added.
   */
  public Map<String, String> listUnsubscribeHeaders(Subscriber subscriber) {
    return listUnsubscribeHeaders(unsubscribeUrl(subscriber));
  }

  /** The same headers for the one-click address {@code unsubscribeUrl}. */
  public Map<String, String> listUnsubscribeHeaders(String unsubscribeUrl) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        LIST_UNSUBSCRIBE,
        "<" + unsubscribeUrl + ">, <mailto:" + unsubscribeMailbox + "?subject=unsubscribe>");
    headers.put(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
    return headers;
  }

  /**
   * The absolute address of {@code path} (starting with a slash) on the site, in {@code language}.
   */
  public String address(Language language, String path) {
    return baseUrl + language.urlPrefix() + path;
  }

  /** {@code infolettre@example.org} from {@code Terres Solidaires <infolettre@example.org>}. */
  static String mailbox(String from) {
    int open = from.lastIndexOf('<');
    int close = from.lastIndexOf('>');
    return (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
  }
}
