package app.tribune.newsletter.sending;

import app.tribune.platform.i18n.Language;

/** A pending delivery as the sender reads it: whom to write to, and in which language. */
public record Recipient(
    long deliveryId, long subscriberId, String email, String name, Language language) {}
