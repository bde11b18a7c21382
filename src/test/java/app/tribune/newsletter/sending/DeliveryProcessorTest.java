package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.SignedTokens;
import app.tribune.newsletter.sending.IssueRenderer.Encoded;
import app.tribune.newsletter.sending.IssueRenderer.Rendered;
import app.tribune.platform.i18n.Language;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeliveryProcessorTest {

  private final NewsletterLinks links =
      new NewsletterLinks(
          new SignedTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8), Clock.systemUTC()),
          "https://example.org",
          "infolettre@example.org");

  @Test
  void aCopyCarriesOneClickUnsubscribeHeadersItsIdAndBothParts() throws Exception {
    Recipient recipient =
        new Recipient(1, 42, "jan@example.org", "Jan\r\nBcc: x@evil", Language.NL);
    String unsubscribe = links.unsubscribeUrl(42, Language.NL);
    MimeMessage message =
        new MimeMessage(Session.getInstance(new Properties())) {
          @Override
          protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", "<issue-3.subscriber-42@example.org>");
          }
        };

    DeliveryProcessor.compose(
        recipient,
        Encoded.of(new Rendered("Nieuws", "<p>html</p>", "text\n")),
        message,
        links.listUnsubscribeHeaders(unsubscribe));

    assertThat(message.getHeader("List-Unsubscribe")[0])
        .startsWith("<https://example.org/nl/newsletter/unsubscribe/")
        .endsWith(">, <mailto:infolettre@example.org?subject=unsubscribe>");
    assertThat(message.getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(message.getMessageID()).isEqualTo("<issue-3.subscriber-42@example.org>");
    assertThat(message.getHeader("Content-Language")[0]).isEqualTo("nl");
    assertThat(message.getHeader("Bcc")).as("a name cannot add headers").isNull();
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
  }

  @Test
  void bothPartsArriveAsWrittenAccentsAndLongLinesIncludedAndTheMailIsDated() throws Exception {
    Recipient recipient = new Recipient(1, 7, "zoe@example.org", "Zoé", Language.FR);
    String html = "<p>Été " + "très long ".repeat(40) + "à Liège</p>";
    String text = "Été à Liège : « bienvenue » —\n" + "x".repeat(300) + "\n";
    MimeMessage composed =
        DeliveryProcessor.compose(
            recipient,
            Encoded.of(new Rendered("Infolettre d’été", html, text)),
            new MimeMessage(Session.getInstance(new Properties())),
            Map.of());
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    composed.writeTo(wire);
    // Each part leaves as encoded once, never decoded and encoded again on the way out.
    assertThat(wire.toString(StandardCharsets.US_ASCII))
        .contains(new String(QuotedPrintable.encode(html), StandardCharsets.US_ASCII));

    MimeMessage received =
        new MimeMessage(
            Session.getInstance(new Properties()), new ByteArrayInputStream(wire.toByteArray()));
    MimeMultipart parts = (MimeMultipart) received.getContent();
    // Lines end in CRLF on the wire, as MIME has text travel.
    assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(text);
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo(html);
    assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding"))
        .containsExactly("quoted-printable");
    assertThat(received.getSubject()).isEqualTo("Infolettre d’été");
    assertThat(received.getSentDate()).isCloseTo(new Date(), 60_000);
  }
}
