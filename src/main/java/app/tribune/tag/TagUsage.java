package app.tribune.tag;

import java.io.Serializable;

/**
 * A row of the tags screen.
 *
 * @param articles how many articles carry the tag, whatever their status
 */
public record TagUsage(long id, long version, String name, String slug, long articles)
    implements Serializable {}
