package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

  @Test
  void theIdNamesIssueAndSubscriberUnderTheSendersDomain() {
    String host = MessageIds.hostOf("Terres Solidaires <Infolettre@Terres-Solidaires.BE>");

    assertThat(MessageIds.of(12, 345, host))
        .isEqualTo("<issue-12.subscriber-345@terres-solidaires.be>")
        .isEqualTo(MessageIds.of(12, 345, host))
        .isNotEqualTo(MessageIds.of(12, 346, host))
        .isNotEqualTo(MessageIds.of(13, 345, host));
  }

  @Test
  void aSenderWithoutDomainFallsBackToLocalhost() {
    assertThat(MessageIds.hostOf("noreply@example.org")).isEqualTo("example.org");
    assertThat(MessageIds.hostOf("Tribune <noreply>")).isEqualTo("localhost");
  }
}
