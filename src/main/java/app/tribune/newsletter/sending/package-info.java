/**
 * Sending an issue: the {@code send-newsletter} Jakarta Batch job (one delivery row per recipient,
 * then partitioned, throttled SMTP sending that claims each row before its mail leaves, then a
 * report), the rendering of each recipient's mail from templates, and the service that starts a
 * send once however many editors press the button.
 *
 * <p>The rule that keeps it exactly once: a delivery is claimed (pending to sending) and committed
 * before its SMTP call, and marked sent after it. A crash between the two leaves the row "sending":
 * nobody knows whether that mail left, so it is counted as uncertain and never sent again unless an
 * operator chooses to on the newsletter screen ({@link
 * app.tribune.newsletter.sending.NewsletterSending#resendUncertain}): a new run with {@code
 * resendClaimed=true}, which adds no recipient to an issue already sent.
 */
package app.tribune.newsletter.sending;
