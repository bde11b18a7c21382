package app.tribune.newsletter.sending;

import app.tribune.newsletter.EmailAddresses;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.sending.IssueRenderer.Encoded;
import app.tribune.newsletter.sending.IssueRenderer.Personal;
import app.tribune.newsletter.sending.IssueRenderer.Prepared;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.mail.MailTransport;
import app.tribune.site.SiteSettings;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes one recipient's copy of the issue: their language, their links, their Message-ID. The
 * issue's content is read once per sender, on the first recipient, and rendered once per language.
 */
@Named
@Dependent
public class DeliveryProcessor implements ItemProcessor {

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject private IssueRenderer renderer;
  @Inject private NewsletterLinks links;
  @Inject private MailTransport transport;

  @Inject
  @ConfigProperty(name = "tribune.mail.from", defaultValue = "Tribune <noreply@localhost>")
  String from;

  @PersistenceContext private EntityManager em;

  private IssueContent content;
  private final Map<Language, Prepared> prepared = new EnumMap<>(Language.class);
  private String host;

  @Override
  public Object processItem(Object item) throws MessagingException {
    if (content == null) {
      NewsletterIssue issue = em.find(NewsletterIssue.class, Long.valueOf(issueId));
      // Read here rather than through SiteSettingsService, whose transactional interceptor must
      // not be entered by several partitions at once (see SendingLedger).
      content = IssueContent.of(issue, em.find(SiteSettings.class, SiteSettings.ID), links);
      host = MessageIds.hostOf(from);
    }
    Recipient recipient = (Recipient) item;
    String unsubscribeUrl = links.unsubscribeUrl(recipient.subscriberId(), recipient.language());
    Encoded copy =
        renderer.encode(
            prepared.computeIfAbsent(
                recipient.language(), language -> renderer.prepare(content, language)),
            new Personal(
                recipient.name(),
                links.preferencesUrl(recipient.subscriberId(), recipient.language()),
                unsubscribeUrl));
    String messageId = MessageIds.of(content.number(), recipient.subscriberId(), host);
    MimeMessage message =
        compose(
            recipient,
            copy,
            transport.newMessage(messageId),
            links.listUnsubscribeHeaders(unsubscribeUrl));
    return new OutgoingMail(recipient.deliveryId(), recipient.subscriberId(), messageId, message);
  }

  public static MimeMessage compose(
      Recipient recipient, Encoded copy, MimeMessage message, Map<String, String> headers)
      throws MessagingException {
    try {
      message.setRecipient(
          Message.RecipientType.TO,
          new InternetAddress(
              EmailAddresses.toAscii(recipient.email()),
              recipient.name(),
              StandardCharsets.UTF_8.name()));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("Every Java runtime has UTF-8", e);
    }
    message.setSubject(copy.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", recipient.language().code());
    // Tells auto-responders and vacation replies not to answer a mailing.
    message.setHeader("Precedence", "bulk");
    for (Map.Entry<String, String> header : headers.entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    MimeBodyPart text = encodedPart("text/plain", copy.text());
    MimeBodyPart html = encodedPart("text/html", copy.html());
    // Plain text first: mail programs show the last part they can display.
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  /**
   * A part whose body is already quoted-printable: Jakarta Mail copies such bytes out as they are
   * instead of encoding a text itself, a byte at a time.
   */
  private static MimeBodyPart encodedPart(String type, byte[] content) throws MessagingException {
    InternetHeaders headers = new InternetHeaders();
    headers.setHeader("Content-Type", type + "; charset=UTF-8");
    headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return new MimeBodyPart(headers, content);
  }
}
