package app.tribune.media;

import java.io.Serializable;

/**
 * Something that shows an asset, listed so editors know what deleting it would break. A class with
 * getters rather than a record, as pages read it through Expression Language 5.
 */
public final class MediaUsage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of content that can show an asset. */
  public enum Kind {
    ARTICLE,
    SECTION,
    AUTHOR,
    PARTNER,
    EVENT,
    SETTINGS
  }

  private final Kind kind;
  private final long id;
  private final String label;

  /**
   * @param kind what it is
   * @param id its id
   * @param label its title or name, as editors know it
   */
  public MediaUsage(Kind kind, long id, String label) {
    this.kind = kind;
    this.id = id;
    this.label = label;
  }

  public Kind getKind() {
    return kind;
  }

  public long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
