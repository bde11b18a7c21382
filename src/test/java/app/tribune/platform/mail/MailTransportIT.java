package app.tribune.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.GreenMailFixture;
import app.tribune.testing.ScriptedSmtpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With an SMTP host configured, mail really goes out, and arrives intact. */
class MailTransportIT {

  @RegisterExtension static final GreenMailFixture MAIL = GreenMailFixture.start();

  @Test
  void mailIsSentThroughTheConfiguredSmtpServer() throws Exception {
    MailTransport transport =
        new MailTransport(
            new MailSettings(
                Optional.of(MAIL.host()),
                MAIL.smtpPort(),
                Optional.empty(),
                Optional.empty(),
                false,
                "Terres Solidaires <infolettre@example.org>",
                Path.of("unused"),
                Optional.empty()));
    MimeMessage message = transport.newMessage();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAIL.address()));
    message.setSubject("L’infolettre de décembre", "UTF-8");
    message.setText("Nos projets, nos évènements, nos analyses.", "UTF-8");

    String destination = transport.send(message);

    List<MimeMessage> received = MAIL.awaitMessages(1, Duration.ofSeconds(10));
    assertThat(destination).startsWith("smtp://");
    assertThat(received.get(0).getSubject()).isEqualTo("L’infolettre de décembre");
    assertThat(received.get(0).getFrom()[0].toString())
        .isEqualTo("Terres Solidaires <infolettre@example.org>");
    assertThat(received.get(0).getContent().toString()).contains("nos évènements");
  }

  @Test
  void deliveryReportsGoToTheBounceMailboxNotToTheVisibleSender() throws Exception {
    try (ScriptedSmtpServer smtp = ScriptedSmtpServer.start(0)) {
      for (Optional<String> bounces :
          List.of(Optional.of("retours@example.org"), Optional.<String>empty())) {
        MailTransport transport =
            new MailTransport(
                new MailSettings(
                    Optional.of("127.0.0.1"),
                    smtp.port(),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    "Terres Solidaires <infolettre@example.org>",
                    Path.of("unused"),
                    bounces));
        MimeMessage message = transport.newMessage();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("lecteur@example.org"));
        message.setSubject("Confirmez votre inscription", "UTF-8");
        message.setText("Suivez le lien.", "UTF-8");
        transport.send(message);
      }

      assertThat(smtp.deliveredTo("lecteur@example.org"))
          .extracting(ScriptedSmtpServer.Delivered::sender)
          .containsExactly("retours@example.org", "infolettre@example.org");
      assertThat(smtp.delivered().get(0).data())
          .contains("From: Terres Solidaires <infolettre@example.org>");
    }
  }
}
