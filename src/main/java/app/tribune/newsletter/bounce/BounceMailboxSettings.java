package app.tribune.newsletter.bounce;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The mailbox that receives returned mail and complaints. Outgoing mail names it as its envelope
 * sender, so that reports come here: {@code TRIBUNE_BOUNCE_ADDRESS}, or else the IMAP login when it
 * is an address (see {@link app.tribune.platform.mail.MailSettings#bounceAddress()}). Without a
 * host there is no mailbox and nothing is polled.
 *
 * @param host {@code TRIBUNE_BOUNCE_IMAP_HOST}
 * @param port {@code TRIBUNE_BOUNCE_IMAP_PORT}: 993 with SSL, 143 without, by default
 * @param folder {@code TRIBUNE_BOUNCE_IMAP_FOLDER}, {@code INBOX} by default
 * @param ssl {@code TRIBUNE_BOUNCE_IMAP_SSL}: IMAP over TLS, on by default since the password
 *     crosses the network; without it, STARTTLS is still used where the server offers it
 * @param pollInterval {@code TRIBUNE_BOUNCE_POLL_SECONDS}, five minutes by default
 */
record BounceMailboxSettings(
    Optional<String> host,
    int port,
    String user,
    String password,
    String folder,
    boolean ssl,
    Duration pollInterval) {

  private static final int TIMEOUT_MILLIS = 30_000;

  static BounceMailboxSettings fromConfig(Config config) {
    boolean ssl = config.getOptionalValue("tribune.bounce.imap.ssl", Boolean.class).orElse(true);
    return new BounceMailboxSettings(
        config.getOptionalValue("tribune.bounce.imap.host", String.class).filter(h -> !h.isBlank()),
        config.getOptionalValue("tribune.bounce.imap.port", Integer.class).orElse(ssl ? 993 : 143),
        config.getOptionalValue("tribune.bounce.imap.user", String.class).orElse(""),
        config.getOptionalValue("tribune.bounce.imap.password", String.class).orElse(""),
        config
            .getOptionalValue("tribune.bounce.imap.folder", String.class)
            .filter(f -> !f.isBlank())
            .orElse("INBOX"),
        ssl,
        Duration.ofSeconds(
            Math.max(
                1,
                config.getOptionalValue("tribune.bounce.poll-seconds", Long.class).orElse(300L))));
  }

  boolean enabled() {
    return host.isPresent();
  }

  String protocol() {
    return ssl ? "imaps" : "imap";
  }

  /** For the mail session: time limits, and reading without marking messages as seen. */
  Properties sessionProperties() {
    Properties properties = new Properties();
    String prefix = "mail." + protocol() + ".";
    // A hung server must not hold the poller (and its lock) forever.
    properties.put(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
    // Reading a message must not mark it seen: only a handled one is, so a report that cannot be
    // read stays unread for a person to look at.
    properties.put(prefix + "peek", "true");
    if (!ssl) {
      properties.put(prefix + "starttls.enable", "true");
    }
    return properties;
  }
}
