package app.tribune.author;

import java.io.Serializable;

/**
 * What the back office's author list shows of an author.
 *
 * @param articles how many articles name the author, whatever their status: any keeps it from being
 *     deleted
 */
public record AuthorRow(long id, String name, String slug, AuthorKind kind, long articles)
    implements Serializable {}
