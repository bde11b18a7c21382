package app.tribune.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.newsletter.bounce.Bounce.Kind;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BounceReportsTest {

  private static final String NEWSLETTER = "<issue-7.subscriber-1234@terres-solidaires.test>";
  private static final String CLAIRE = "claire.martin@example.org";

  @Test
  void aPermanentFailureIsAHardBounceOfTheFinalRecipientAndTheQuotedMessage() throws Exception {
    assertThat(BounceReports.read(sample("hard-bounce.eml")))
        .containsExactly(new Bounce(Kind.HARD, CLAIRE, NEWSLETTER, "5.1.1"));
  }

  @Test
  void aDelayIsASoftBounceWhateverTheCommentsAndCaseAroundTheFields() throws Exception {
    assertThat(BounceReports.read(sample("soft-delayed.eml")))
        .containsExactly(new Bounce(Kind.SOFT, "Claire.Martin@Example.org", NEWSLETTER, "4.4.1"));
  }

  @Test
  void aFailureWithATemporaryStatusIsSoftAndNeedsNoQuotedMessage() throws Exception {
    assertThat(BounceReports.read(sample("mailbox-full.eml")))
        .containsExactly(new Bounce(Kind.SOFT, CLAIRE, null, "4.2.2"));
  }

  @Test
  void anAbuseReportIsAComplaintAboutTheOriginalRecipientAndMessage() throws Exception {
    assertThat(BounceReports.read(sample("complaint.eml")))
        .containsExactly(new Bounce(Kind.COMPLAINT, CLAIRE, NEWSLETTER, "abuse"));
  }

  @Test
  void aComplaintThatHidesTheRecipientIsMatchedByItsMessageIdAlone() throws Exception {
    assertThat(BounceReports.read(sample("complaint-redacted.eml")))
        .containsExactly(new Bounce(Kind.COMPLAINT, null, NEWSLETTER, "abuse"));
  }

  @Test
  void goodNewsAndFeedbackThatIsNotAComplaintAskForNothing() throws Exception {
    String delivered =
        report(
            "delivery-status",
            "message/delivery-status",
            "Reporting-MTA: dns; mx.example.net\n\n"
                + "Final-Recipient: rfc822; claire.martin@example.org\n"
                + "Action: delivered\nStatus: 2.0.0\n");
    String notSpam =
        report(
            "feedback-report",
            "message/feedback-report",
            "Feedback-Type: not-spam\nUser-Agent: X/1\nVersion: 1\n"
                + "Original-Rcpt-To: claire.martin@example.org\n");

    assertThat(BounceReports.read(parse(delivered))).isEmpty();
    assertThat(BounceReports.read(parse(notSpam))).isEmpty();
  }

  @Test
  void eachRecipientOfAReportCounts() throws Exception {
    String twoRecipients =
        report(
            "delivery-status",
            "message/delivery-status",
            "Reporting-MTA: dns; mx.example.net\n\n"
                + "Final-Recipient: rfc822; claire.martin@example.org\nAction: failed\n"
                + "Status: 5.2.1\n\n\n"
                + "Final-Recipient: rfc822; jan@example.be\nAction: delivered\nStatus: 2.0.0\n\n"
                + "Original-Recipient: rfc822; Anne <anne@example.fr>\nAction: failed\n"
                + "Status: 4.4.7\n");

    assertThat(BounceReports.read(parse(twoRecipients)))
        .containsExactly(
            new Bounce(Kind.HARD, CLAIRE, null, "5.2.1"),
            new Bounce(Kind.SOFT, "anne@example.fr", null, "4.4.7"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "auto-reply.eml",
        "report-without-status.eml",
        "report-without-recipient.eml",
        "report-broken-mime.eml",
        "feedback-without-type.eml"
      })
  void whatIsNotAReportOrSaysTooLittleIsLeftForAPerson(String name) {
    assertThatThrownBy(() -> BounceReports.read(sample(name)))
        .isInstanceOf(BounceReports.Unreadable.class);
  }

  @Test
  void aFailureWithoutAUsableStatusIsNotGuessed() {
    String noStatus =
        report(
            "delivery-status",
            "message/delivery-status",
            "Reporting-MTA: dns; mx.example.net\n\n"
                + "Final-Recipient: rfc822; claire.martin@example.org\nAction: failed\n"
                + "Status: unknown\n");
    String otherReport = report("disposition-notification", "message/disposition-notification", "");

    assertThatThrownBy(() -> BounceReports.read(parse(noStatus)))
        .isInstanceOf(BounceReports.Unreadable.class);
    assertThatThrownBy(() -> BounceReports.read(parse(otherReport)))
        .isInstanceOf(BounceReports.Unreadable.class);
  }

  @Test
  void fieldsAreReadAsMailHeadersAre() {
    assertThat(
            BounceReports.fieldBlocks(
                "Action: failed\r\nDiagnostic-Code: smtp; 550\r\n  user unknown\r\n"
                    + "action: delayed\r\nnot a field\r\n \r\nStatus: 5.0.0"))
        .containsExactly(
            java.util.Map.of("Action", "failed", "Diagnostic-Code", "smtp; 550 user unknown"),
            java.util.Map.of("Status", "5.0.0"));
    assertThat(BounceReports.address("rfc822; \"Martin, Claire\" <claire@example.org>"))
        .isEqualTo("claire@example.org");
    assertThat(BounceReports.address("rfc822; undisclosed")).isNull();
    assertThat(BounceReports.messageId(" abc@host (comment)")).isEqualTo("<abc@host>");
  }

  /** A minimal report with {@code body} as its machine-readable part. */
  private static String report(String reportType, String partType, String body) {
    return "From: mailer-daemon@example.net\nSubject: report\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/report; report-type="
        + reportType
        + "; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nReport.\n\n--b\nContent-Type: "
        + partType
        + "\n\n"
        + body
        + "\n--b--\n";
  }

  static MimeMessage sample(String name) {
    try (InputStream in = BounceReportsTest.class.getResourceAsStream("/bounce/" + name)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage parse(String message) throws MessagingException {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
  }
}
