/**
 * Mail that comes back: delivery status notifications and abuse complaints read from an optional
 * IMAP mailbox, and permanent refusals met while sending. Each is matched to its subscriber, whose
 * status and record of consent follow.
 */
package app.tribune.newsletter.bounce;
