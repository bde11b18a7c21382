package app.tribune.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sends mail through the configured SMTP server, or writes it to the outbox folder. */
@ApplicationScoped
public class MailTransport {

  private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());
  private static final int TIMEOUT_MILLIS = 30_000;

  static {
    // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader for every MIME part it
    // makes or writes, reading every jar of the application each time: a third of the CPU of a
    // newsletter send. Named here (the provider Payara ships), the lookup is one Class.forName.
    System.getProperties()
        .putIfAbsent(
            StreamProvider.class.getName(), "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private MailSettings settings;
  private Session session;

  /** For CDI: the settings come from MicroProfile Config. */
  public MailTransport() {}

  MailTransport(MailSettings settings) {
    configure(settings);
  }

  @PostConstruct
  void init() {
    configure(MailSettings.fromConfig(ConfigProvider.getConfig()));
  }

  private void configure(MailSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    settings.smtpHost().ifPresent(host -> properties.put("mail.smtp.host", host));
    properties.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
    // A hung SMTP server must not hang the sender forever.
    properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    // Delivery reports go to the envelope sender, not to the From a reader sees.
    settings.bounceAddress().ifPresent(address -> properties.put("mail.smtp.from", address));
    Authenticator authenticator = null;
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
      PasswordAuthentication credentials =
          new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return credentials;
            }
          };
    }
    this.session = Session.getInstance(properties, authenticator);
  }

  /** A new message from the configured sender, ready for recipients, subject and content. */
  public MimeMessage newMessage() {
    return withSender(new MimeMessage(session));
  }

  /**
   * A new message like {@link #newMessage()} that keeps {@code messageId} as its {@code Message-ID}
   * instead of the random one mail programs would give it: a message sent again after a failure is
   * then recognisably the same, and a bounce names what it returns.
   */
  public MimeMessage newMessage(String messageId) {
    return withSender(
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        });
  }

  /**
   * A connection to the SMTP server for the caller to send many messages over and close: opening
   * one per message would cost a handshake each time.
   *
   * @throws MessagingException when the server cannot be reached or refuses the login
   * @throws IllegalStateException in outbox mode, which has no server to connect to
   */
  public Transport connect() throws MessagingException {
    if (!isSmtp()) {
      throw new IllegalStateException("No SMTP server is configured");
    }
    Transport connection = session.getTransport("smtp");
    connection.connect();
    return connection;
  }

  private MimeMessage withSender(MimeMessage message) {
    try {
      message.setFrom(new InternetAddress(settings.from(), true));
    } catch (AddressException e) {
      throw new IllegalStateException(
          "TRIBUNE_MAIL_FROM is not a valid address: " + settings.from(), e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return message;
  }

  /** Whether mail really leaves the server, or stays in the outbox. */
  public boolean isSmtp() {
    return settings.smtpHost().isPresent();
  }

  /**
   * Sends the message, or writes it to the outbox; returns where it went, for the log.
   *
   * @throws MessagingException when the SMTP server refuses it or cannot be reached
   */
  public String send(MimeMessage message) throws MessagingException {
    message.saveChanges();
    if (isSmtp()) {
      Transport.send(message);
      return "smtp://" + settings.smtpHost().get();
    }
    return writeToOutbox(message).toString();
  }

  private Path writeToOutbox(MimeMessage message) throws MessagingException {
    try {
      Files.createDirectories(settings.outbox());
      Path file =
          settings
              .outbox()
              .resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
        message.writeTo(out);
      }
      LOG.fine(() -> "Mail written to " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("The mail outbox cannot be written", e);
    }
  }
}
