package app.tribune.testing;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A mail server on localhost that keeps every message the application sends, so tests can read the
 * newsletters and account mails a person would receive.
 *
 * <p>SMTP accepts mail for any address without authentication; IMAP serves the mailbox of {@link
 * #user()}. Both listen on ports the system picks, so parallel runs never collide.
 *
 * <p>Use it on its own with try-with-resources, or register a started one as a JUnit 5 extension on
 * a static field: it then empties the mailboxes before each test and stops after the class.
 */
public final class GreenMailFixture implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

  private static final String HOST = "127.0.0.1";
  private static final String USER = "tribune";
  private static final String PASSWORD = "tribune-mail";
  private static final String ADDRESS = "tribune@localhost";

  private final GreenMail greenMail;

  private GreenMailFixture(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /** Starts SMTP and IMAP on free ports. */
  public static GreenMailFixture start() {
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort(),
              new ServerSetup(0, HOST, ServerSetup.PROTOCOL_IMAP).dynamicPort()
            });
    greenMail.start();
    greenMail.setUser(ADDRESS, USER, PASSWORD);
    return new GreenMailFixture(greenMail);
  }

  public String host() {
    return HOST;
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  /** The IMAP login of the mailbox at {@link #address()}. */
  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  /** The address whose mailbox {@link #user()} reads over IMAP. */
  public String address() {
    return ADDRESS;
  }

  /**
   * Waits until at least {@code count} messages have arrived, whatever their recipients.
   *
   * @return every message received so far, oldest first
   * @throws AssertionError if fewer arrived within the timeout
   */
  public List<MimeMessage> awaitMessages(int count, Duration timeout) {
    if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
      throw new AssertionError(
          "expected "
              + count
              + " message(s) within "
              + timeout
              + " but received "
              + greenMail.getReceivedMessages().length);
    }
    return List.of(greenMail.getReceivedMessages());
  }

  /** Adds a mailbox at {@code address}, read over IMAP with {@code login} and {@code password}. */
  public void addMailbox(String address, String login, String password) {
    greenMail.setUser(address, login, password);
  }

  /** Puts {@code message} straight into the inbox of {@code login}, as if it had arrived. */
  public void deliver(String login, MimeMessage message) {
    greenMail.getUserManager().getUser(login).deliver(message);
  }

  /**
   * The IMAP flags of the message with {@code messageId} in the inbox of {@code login}, as the
   * application reading that mailbox left them; empty if there is no such message.
   */
  public Optional<Flags> flags(String login, String messageId) {
    try {
      return greenMail
          .getManagers()
          .getImapHostManager()
          .getInbox(greenMail.getUserManager().getUser(login))
          .getMessages()
          .stream()
          .filter(m -> messageId.equals(messageId(m)))
          .map(StoredMessage::getFlags)
          .findFirst();
    } catch (FolderException e) {
      throw new IllegalStateException("cannot open the inbox of " + login, e);
    }
  }

  private static String messageId(StoredMessage message) {
    try {
      return Objects.requireNonNullElse(message.getMimeMessage().getMessageID(), "");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Empties every mailbox but keeps the servers, their ports and the user. */
  public void reset() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("cannot empty the test mailboxes", e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
