package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionRequestTest {

  @Test
  void aGoodRequestIsKeptAsTyped() {
    SubscriptionRequest.Parsed parsed =
        SubscriptionRequest.parse(
            "Marie@Example.be", "  Marie Dupont ", List.of("3", "5"), "nl", Language.FR);

    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.request())
        .isEqualTo(
            new SubscriptionRequest(
                "marie@example.be", "Marie Dupont", java.util.Set.of(3L, 5L), Language.NL));
  }

  @Test
  void aNameWithLineBreaksCannotReachTheMailHeaders() {
    for (String name :
        List.of(
            "Marie\r\nBcc: everyone@example.org",
            "Marie\nBcc: everyone@example.org",
            "Marie\u2028Dupont",
            "Marie\u0000")) {
      assertThat(
              SubscriptionRequest.parse("marie@example.be", name, List.of(), "fr", Language.FR)
                  .errors())
          .as(name)
          .containsEntry("name", "newsletter.error.nameInvalid");
    }
  }

  @Test
  void oversizeFieldsAreRefusedWithTheirReason() {
    SubscriptionRequest.Parsed parsed =
        SubscriptionRequest.parse(
            "x".repeat(10_000), "y".repeat(10_000), List.of(), "fr", Language.FR);

    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.errors())
        .containsEntry("email", "newsletter.error.emailTooLong")
        .containsEntry("name", "newsletter.error.nameTooLong");
  }

  @Test
  void unknownLanguagesAndJunkTopicsFallBackQuietly() {
    SubscriptionRequest request =
        SubscriptionRequest.parse(
                "marie@example.be", "", List.of("4", "x", "1 OR 1=1", " 9 "), "de", Language.EN)
            .request();

    assertThat(request.language()).isEqualTo(Language.EN);
    assertThat(request.topicIds()).containsExactly(4L, 9L);
    assertThat(request.name()).isNull();
  }
}
