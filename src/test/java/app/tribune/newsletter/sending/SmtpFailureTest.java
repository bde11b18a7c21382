package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** The failures as jakarta.mail's SMTP transport reports them. */
class SmtpFailureTest {

  private static final InternetAddress ADDRESS = address("lea@example.org");
  private static final Address[] NONE = {};

  @Test
  void aRecipientRefusedFor5xxIsPermanent() {
    SendFailedException refused =
        new SendFailedException(
            "Invalid Addresses",
            new SMTPAddressFailedException(ADDRESS, "RCPT TO", 550, "550 5.1.1 No such user"),
            NONE,
            NONE,
            new Address[] {ADDRESS});

    assertThat(SmtpFailure.of(refused)).isEqualTo(SmtpFailure.PERMANENT);
    assertThat(SmtpFailure.describe(refused)).isEqualTo("550 5.1.1 No such user");
  }

  @Test
  void aRecipientDeferredWith4xxIsTemporary() {
    SendFailedException deferred =
        new SendFailedException(
            "Invalid Addresses",
            new SMTPAddressFailedException(ADDRESS, "RCPT TO", 451, "451 4.7.1 Greylisted"),
            NONE,
            new Address[] {ADDRESS},
            NONE);

    assertThat(SmtpFailure.of(deferred)).isEqualTo(SmtpFailure.TEMPORARY);
  }

  @Test
  void aMessageRefusedAfterDataIsSortedByItsCode() {
    assertThat(
            SmtpFailure.of(
                new SMTPSendFailedException(
                    "DATA", 552, "552 5.3.4 Message too big", null, NONE, NONE, NONE)))
        .isEqualTo(SmtpFailure.PERMANENT);
    assertThat(
            SmtpFailure.of(
                new SMTPSendFailedException(
                    "DATA", 452, "452 4.3.1 Insufficient storage", null, NONE, NONE, NONE)))
        .isEqualTo(SmtpFailure.TEMPORARY);
  }

  @Test
  void noAnswerOrAServerClosingIsAConnectionFailure() {
    assertThat(
            SmtpFailure.of(
                new MessagingException(
                    "Couldn't connect to host, port: localhost, 2525",
                    new ConnectException("Connection refused"))))
        .isEqualTo(SmtpFailure.CONNECTION);
    assertThat(
            SmtpFailure.of(
                new MessagingException(
                    "Can't send command to SMTP host", new SocketException("Broken pipe"))))
        .isEqualTo(SmtpFailure.CONNECTION);
    assertThat(
            SmtpFailure.of(
                new SMTPSendFailedException(
                    "MAIL FROM", 421, "421 4.3.2 Shutting down", null, NONE, NONE, NONE)))
        .isEqualTo(SmtpFailure.CONNECTION);
    assertThat(SmtpFailure.of(new MessagingException("[EOF]"))).isEqualTo(SmtpFailure.CONNECTION);
  }

  private static InternetAddress address(String text) {
    try {
      return new InternetAddress(text);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
