package app.tribune.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTransportTest {

  @TempDir Path dataDir;

  @Test
  void withoutAnSmtpHostMailIsWrittenToTheOutboxAsReadableEmlFiles() throws Exception {
    MailTransport transport = new MailTransport(outboxSettings());
    MimeMessage message = transport.newMessage();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("lecteur@example.org"));
    message.setSubject("Confirmez votre inscription à l’infolettre", "UTF-8");
    message.setText("Bonjour, cliquez sur le lien pour confirmer.", "UTF-8");

    transport.send(message);

    List<Path> files;
    try (var listing = Files.list(dataDir.resolve("outbox"))) {
      files = listing.toList();
    }
    assertThat(files).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".eml"));
    try (InputStream in = Files.newInputStream(files.get(0))) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getSubject()).isEqualTo("Confirmez votre inscription à l’infolettre");
      assertThat(read.getFrom()[0].toString()).isEqualTo("Tribune <noreply@example.org>");
      assertThat(read.getAllRecipients()[0].toString()).isEqualTo("lecteur@example.org");
      assertThat(read.getContent().toString()).contains("cliquez sur le lien");
    }
    assertThat(transport.isSmtp()).isFalse();
  }

  @Test
  void eachMessageGetsItsOwnFile() throws Exception {
    MailTransport transport = new MailTransport(outboxSettings());
    for (int i = 0; i < 3; i++) {
      MimeMessage message = transport.newMessage();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress("n" + i + "@example.org"));
      message.setText("n" + i);
      transport.send(message);
    }

    try (var listing = Files.list(dataDir.resolve("outbox"))) {
      assertThat(listing.count()).isEqualTo(3);
    }
  }

  @Test
  void reportsGoToTheBounceAddressOrElseToTheImapLoginWhenItIsAnAddress() {
    Optional<String> imapHost = Optional.of("imap.example.org");
    assertThat(
            MailSettings.bounceAddress(
                Optional.of(" retours@example.org "), imapHost, Optional.of("bounces")))
        .hasValue("retours@example.org");
    assertThat(
            MailSettings.bounceAddress(
                Optional.empty(), imapHost, Optional.of("retours@example.org")))
        .hasValue("retours@example.org");
    // A login that is no address names no mailbox a server could write to.
    assertThat(MailSettings.bounceAddress(Optional.of(""), imapHost, Optional.of("bounces")))
        .isEmpty();
    assertThat(
            MailSettings.bounceAddress(
                Optional.empty(), Optional.empty(), Optional.of("retours@example.org")))
        .isEmpty();
  }

  private MailSettings outboxSettings() {
    return new MailSettings(
        Optional.empty(),
        587,
        Optional.empty(),
        Optional.empty(),
        true,
        "Tribune <noreply@example.org>",
        dataDir.resolve("outbox"),
        Optional.empty());
  }
}
