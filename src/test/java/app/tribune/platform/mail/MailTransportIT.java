package app.tribune.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.GreenMailFixture;
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
                Path.of("unused")));
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
}
