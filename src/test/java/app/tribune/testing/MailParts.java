package app.tribune.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What a reader's mail program shows of a received message. */
public final class MailParts {

  private MailParts() {}

  /** The text of a mail's part of the given type ({@code text/plain}, {@code text/html}). */
  public static String part(MimeMessage message, String type) {
    try {
      MimeMultipart alternative = (MimeMultipart) message.getContent();
      for (int i = 0; i < alternative.getCount(); i++) {
        BodyPart part = alternative.getBodyPart(i);
        if (part.isMimeType(type)) {
          return part.getContent().toString();
        }
      }
      throw new AssertionError("no " + type + " part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
