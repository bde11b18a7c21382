package app.tribune.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DatabaseIndependent
class GreenMailFixtureIT {

  @RegisterExtension static final GreenMailFixture MAIL = GreenMailFixture.start();

  @Test
  void mailSentOverSmtpCanBeReadBackOverImap() throws MessagingException, IOException {
    send(MAIL.address(), "Votre inscription à la lettre d'information", "Bienvenue !");

    List<MimeMessage> received = MAIL.awaitMessages(1, Duration.ofSeconds(10));
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getSubject())
        .isEqualTo("Votre inscription à la lettre d'information");

    Properties imap = new Properties();
    imap.put("mail.imap.host", MAIL.host());
    imap.put("mail.imap.port", Integer.toString(MAIL.imapPort()));
    Store store = Session.getInstance(imap).getStore("imap");
    store.connect(MAIL.user(), MAIL.password());
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] messages = inbox.getMessages();
      assertThat(messages).hasSize(1);
      assertThat(messages[0].getSubject()).isEqualTo("Votre inscription à la lettre d'information");
      assertThat(messages[0].getContent().toString()).contains("Bienvenue !");
      inbox.close(false);
    } finally {
      store.close();
    }
  }

  @Test
  void startsEachTestWithEmptyMailboxesAndReportsMissingMail() throws MessagingException {
    send("someone@example.org", "Rappel : assemblée générale", "Jeudi à 19 h.");
    assertThat(MAIL.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);

    MAIL.reset();

    assertThatThrownBy(() -> MAIL.awaitMessages(1, Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("received 0");
  }

  private static void send(String to, String subject, String text) throws MessagingException {
    Properties smtp = new Properties();
    smtp.put("mail.smtp.host", MAIL.host());
    smtp.put("mail.smtp.port", Integer.toString(MAIL.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(smtp));
    message.setFrom(new InternetAddress("tribune@example.org"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }
}
