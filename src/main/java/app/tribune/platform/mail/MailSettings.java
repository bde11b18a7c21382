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
 */
public record MailSettings(
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> user,
    Optional<String> password,
    boolean startTls,
    String from,
    Path outbox) {

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
        dataDir.resolve("outbox"));
  }
}
