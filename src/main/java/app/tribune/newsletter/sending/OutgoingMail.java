package app.tribune.newsletter.sending;

import jakarta.mail.internet.MimeMessage;

/** One recipient's copy of an issue, ready to go, with the delivery it settles. */
public record OutgoingMail(
    long deliveryId, long subscriberId, String messageId, MimeMessage message) {}
