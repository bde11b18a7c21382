package app.tribune.media;

/**
 * Something that shows an asset, listed so editors know what deleting it would break.
 *
 * @param kind what it is
 * @param id its id
 * @param label its title or name, as editors know it
 */
public record MediaUsage(Kind kind, long id, String label) {

  /** The kinds of content that can show an asset. */
  public enum Kind {
    ARTICLE,
    SECTION,
    AUTHOR,
    PARTNER,
    EVENT,
    SETTINGS
  }
}
