package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.platform.i18n.Language;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NewsletterLinksTest {

  private final SignedTokens tokens =
      new SignedTokens(
          "a key of thirty-two characters at least".getBytes(StandardCharsets.UTF_8),
          Clock.systemUTC());
  private final NewsletterLinks links =
      new NewsletterLinks(
          tokens, "https://terres-solidaires.be", "infolettre@terres-solidaires.be");

  private static Subscriber subscriber(long id, Language language) throws Exception {
    Subscriber subscriber = new Subscriber("marie@example.be", language, Instant.now());
    Field field = Subscriber.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(subscriber, id);
    return subscriber;
  }

  @Test
  void listUnsubscribeOffersTheOneClickAddressAndAMailtoAsRfc8058Asks() throws Exception {
    Map<String, String> headers = links.listUnsubscribeHeaders(subscriber(42, Language.NL));

    assertThat(headers.keySet()).containsExactly("List-Unsubscribe", "List-Unsubscribe-Post");
    assertThat(headers.get("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    Matcher value =
        Pattern.compile(
                "<(https://terres-solidaires\\.be/nl/newsletter/unsubscribe/([A-Za-z0-9._-]+))>,"
                    + " <mailto:infolettre@terres-solidaires\\.be\\?subject=unsubscribe>")
            .matcher(headers.get("List-Unsubscribe"));
    assertThat(value.matches()).as(headers.get("List-Unsubscribe")).isTrue();
    assertThat(tokens.verify(Purpose.UNSUBSCRIBE, value.group(2)))
        .isEqualTo(new SignedTokens.Verification(SignedTokens.Status.VALID, 42));
  }

  @Test
  void thePreferencesLinkSpeaksTheSubscribersLanguageAndCannotUnsubscribe() throws Exception {
    String url = links.preferencesUrl(subscriber(42, Language.FR));

    assertThat(url).startsWith("https://terres-solidaires.be/newsletter/preferences/");
    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(tokens.verify(Purpose.PREFERENCES, token).subject()).isEqualTo(42);
    assertThat(tokens.verify(Purpose.UNSUBSCRIBE, token).valid()).isFalse();
    assertThat(links.preferencesUrl(subscriber(43, Language.EN)))
        .startsWith("https://terres-solidaires.be/en/newsletter/preferences/");
  }

  @Test
  void theUnsubscribeMailboxIsTheSendersAddressWhenNoneIsSet() {
    assertThat(NewsletterLinks.mailbox("Terres Solidaires <infolettre@example.org>"))
        .isEqualTo("infolettre@example.org");
    assertThat(NewsletterLinks.mailbox("infolettre@example.org"))
        .isEqualTo("infolettre@example.org");
  }
}
