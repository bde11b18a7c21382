package app.tribune.newsletter.bounce;

/**
 * What a report says about one recipient of one mail.
 *
 * @param recipient the address the report names, or {@code null} when it names none (complaint
 *     reports often hide it)
 * @param messageId the {@code Message-ID} of the mail reported on, angle brackets included, or
 *     {@code null} when the report does not quote it
 * @param code the status code ({@code 5.1.1}) or the feedback type ({@code abuse}): short, and
 *     never holding an address, because consent records keep it
 */
public record Bounce(Kind kind, String recipient, String messageId, String code) {

  public enum Kind {
    /** The address will never accept mail. */
    HARD,
    /** A temporary failure; enough of them and the address counts as bounced. */
    SOFT,
    /** The recipient reported the mail as spam. */
    COMPLAINT
  }
}
