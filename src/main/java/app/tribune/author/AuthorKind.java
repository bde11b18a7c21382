package app.tribune.author;

/** Whether a byline names a person or an organisation (a coalition, a partner NGO…). */
public enum AuthorKind {
  PERSON,
  ORGANISATION
}
