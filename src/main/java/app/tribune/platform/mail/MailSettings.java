package app.tribune.platform.mail;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where mail goes. Without an SMTP host, messages are written to {@code outbox} instead of sent.
 *
 * @param smtpHost {@code TRIBUNE_SMTP_HOST}; empty means "write to the outbox"
 * @param startTls whether to require STARTTLS before authenticating (on by default: passwords must
 *     not cross the network in clear)
 * @param bounceAddress the envelope sender ({@code MAIL FROM}, which becomes the {@code
 *     Return-Path}), where mail servers send delivery reports: the newsletter's bounce mailbox when
 *     there is one; without it, the address of {@code from}
 */
public record MailSettings(
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> user,
    Optional<String> password,
    boolean startTls,
    String from,
    Path outbox,
    Optional<String> bounceAddress) {

  public static MailSettings fromConfig(Config config) {
    Path dataDir =
        Path.of(config.getOptionalValue("tribune.data.dir", String.class).orElse("data"));
    return new MailSettings(
        config.getOptionalValue("tribune.smtp.host", String.class).filter(h -> !h.isBlank()),
        config.getOptionalValue("tribune.smtp.port", Integer.class).orElse(587),
        config.getOptionalValue("tribune.smtp.user", String.class).filter(u -> !u.isBlank()),
        config.getOptionalValue("tribune.smtp.password", String.class),
        config.getOptionalValue("tribune.smtp.starttls", Boolean.class).orElse(true),
        config
            .getOptionalValue("tribune.mail.from", String.class)
            .orElse("Tribune <noreply@localhost>"),
        dataDir.resolve("outbox"),
        bounceAddress(
            config.getOptionalValue("tribune.bounce.address", String.class),
            config.getOptionalValue("tribune.bounce.imap.host", String.class),
            config.getOptionalValue("tribune.bounce.imap.user", String.class)));
  }

  /**
   * {@code TRIBUNE_BOUNCE_ADDRESS}, or else the login of the bounce mailbox read over IMAP when
   * that login is an address (most providers' are): delivery reports must reach the mailbox that is
   * read, or no bounce is ever seen.
   */
  static Optional<String> bounceAddress(
      Optional<String> configured, Optional<String> imapHost, Optional<String> imapUser) {
    Optional<String> given = configured.map(String::strip).filter(a -> !a.isEmpty());
    if (given.isPresent()) {
      return given;
    }
    return imapHost
        .filter(h -> !h.isBlank())
        .flatMap(h -> imapUser)
        .map(String::strip)
        .filter(user -> user.indexOf('@') > 0);
  }
}
