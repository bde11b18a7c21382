package app.tribune.article;

import java.io.Serializable;

/**
 * Something picked in the editor (a section, a tag, an author, a medium, a funder, an article), as
 * the form keeps it between requests: its id and what the editor saw. A tag typed but not yet
 * created has no id.
 *
 * @param id the row's id, or {@code null} for a tag to create
 * @param label what the picker shows
 */
public record Choice(Long id, String label) implements Serializable {

  /** A tag the editor typed, created when the article is saved. */
  public static Choice newTag(String name) {
    return new Choice(null, name.strip());
  }

  /** The id of what was picked, {@code null} when nothing was. */
  public static Long idOf(Choice pick) {
    return pick == null ? null : pick.id();
  }

  public boolean isNew() {
    return id == null;
  }
}
