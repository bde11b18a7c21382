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

  @Test
  void aReportedIdOfOursGivesBackItsIssueAndSubscriberAndAnyOtherNothing() {
    assertThat(MessageIds.parse(MessageIds.of(12, 345, "example.org")))
        .contains(new MessageIds.Addressee(12, 345));
    assertThat(MessageIds.parse(" <issue-3.subscriber-9@other.host> "))
        .contains(new MessageIds.Addressee(3, 9));
    assertThat(MessageIds.parse(null)).isEmpty();
    assertThat(MessageIds.parse("<CAF1234@mail.gmail.com>")).isEmpty();
    assertThat(MessageIds.parse("<issue-3.subscriber-9@x> <issue-4.subscriber-1@y>")).isEmpty();
    assertThat(MessageIds.parse("<issue-99999999999.subscriber-1@x>")).isEmpty();
    assertThat(MessageIds.parse("<issue-1.subscriber-1@x>; DROP TABLE delivery")).isEmpty();
  }
}
