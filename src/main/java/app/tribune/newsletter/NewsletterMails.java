package app.tribune.newsletter;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.mail.MailTransport;
import app.tribune.platform.text.Typography;
import app.tribune.site.SiteSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes and sends the mails of the subscription lifecycle, each in the subscriber's language, as
 * plain text and HTML. Texts come from the {@code mails} bundles; the HTML layout from {@code
 * mail.html}, into which only escaped text goes.
 */
@ApplicationScoped
public class NewsletterMails {

  private static final Logger LOG = Logger.getLogger(NewsletterMails.class.getName());
  static final String BUNDLE = "app.tribune.newsletter.mails";
  private static final String LAYOUT = loadLayout();

  @Inject private MailTransport transport;
  @Inject private SiteSettingsService settings;

  /** A text of the mail bundles in {@code language}, set the French way in French. */
  public static String text(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    String text =
        arguments.length == 0
            ? pattern
            : new MessageFormat(pattern, language.locale()).format(arguments);
    return Typography.in(language, text);
  }

  /**
   * Sends once the transaction that fired the mail has committed. A mail that cannot be sent is
   * logged, not retried: the reader sees the same answer, and can ask again.
   */
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriberMail mail) {
    try {
      String where = transport.send(compose(mail, settings.current().getSiteName()));
      LOG.log(Level.FINE, "{0} mail sent to {1}", new Object[] {mail.kind(), where});
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "A " + mail.kind() + " mail could not be sent", e);
    }
  }

  MimeMessage compose(SubscriberMail mail, String siteName) throws MessagingException {
    Language language = mail.language();
    String key = "mail." + mail.kind().key();
    String subject = text(language, key + ".subject", siteName);
    String greeting =
        mail.name() == null
            ? text(language, "mail.greeting")
            : text(language, "mail.greeting.named", mail.name());
    String body = text(language, key + ".body", siteName, SubscriptionService.CONFIRMATION_HOURS);
    String action = mail.link() == null ? null : text(language, key + ".action");
    String after = text(language, key + ".after");
    String signature = text(language, "mail.signature", siteName);
    List<Map.Entry<String, String>> facts = mail.facts() == null ? List.of() : mail.facts();

    StringBuilder plain = new StringBuilder();
    StringBuilder html = new StringBuilder();
    paragraph(plain, html, greeting);
    paragraph(plain, html, body);
    if (!facts.isEmpty()) {
      html.append("<table style=\"border-collapse:collapse;margin:0 0 1em\">");
      for (Map.Entry<String, String> fact : facts) {
        String label = text(language, fact.getKey());
        plain.append(label).append(" : ").append(fact.getValue()).append('\n');
        html.append("<tr><th style=\"text-align:left;vertical-align:top;padding:2px 12px 2px 0\">")
            .append(escape(label))
            .append("</th><td style=\"padding:2px 0;white-space:pre-line\">")
            .append(escape(fact.getValue()))
            .append("</td></tr>");
      }
      html.append("</table>");
      plain.append('\n');
    }
    if (action != null) {
      plain.append(action).append(" :\n").append(mail.link()).append("\n\n");
      html.append("<p><a href=\"")
          .append(escape(mail.link()))
          .append("\" style=\"display:inline-block;background:#1d6b47;color:#ffffff;")
          .append("padding:10px 18px;border-radius:20px;text-decoration:none;font-weight:bold\">")
          .append(escape(action))
          .append("</a></p><p style=\"font-size:13px;color:#5b6470;word-break:break-all\">")
          .append(escape(mail.link()))
          .append("</p>");
    }
    paragraph(plain, html, after);
    paragraph(plain, html, signature);

    MimeMessage message = transport.newMessage();
    try {
      message.setRecipient(
          Message.RecipientType.TO,
          new InternetAddress(
              EmailAddresses.toAscii(mail.address()), mail.name(), StandardCharsets.UTF_8.name()));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("Every Java runtime has UTF-8", e);
    }
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", language.code());
    if (mail.headers() != null) {
      for (Map.Entry<String, String> header : mail.headers().entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
    }
    MimeBodyPart textPart = new MimeBodyPart();
    textPart.setText(plain.toString().strip() + "\n", StandardCharsets.UTF_8.name());
    MimeBodyPart htmlPart = new MimeBodyPart();
    htmlPart.setText(
        LAYOUT
            .replace("{{lang}}", language.code())
            .replace("{{subject}}", escape(subject))
            .replace("{{content}}", html),
        StandardCharsets.UTF_8.name(),
        "html");
    // Plain text first: mail programs show the last part they can display.
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(textPart);
    alternative.addBodyPart(htmlPart);
    message.setContent(alternative);
    return message;
  }

  private static void paragraph(StringBuilder plain, StringBuilder html, String text) {
    plain.append(text).append("\n\n");
    html.append("<p>").append(escape(text)).append("</p>");
  }

  /** Text made safe for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String loadLayout() {
    try (InputStream in = NewsletterMails.class.getResourceAsStream("mail.html")) {
      if (in == null) {
        throw new IllegalStateException("mail.html is missing from the newsletter package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
