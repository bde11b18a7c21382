package app.tribune.newsletter.admin;

/** What an editor states about the consent of the people in an import file. */
public enum ConsentBasis {
  /**
   * They agreed elsewhere (a paper form, an event sign-up sheet), on a date the editor gives: they
   * are imported as confirmed, and the record of consent says so.
   */
  COLLECTED_ELSEWHERE,
  /** Nothing is known: each is imported as pending and sent the opt-in mail, as on the site. */
  SEND_OPT_IN
}
