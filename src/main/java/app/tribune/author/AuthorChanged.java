package app.tribune.author;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when an author is created, changed or deleted: their page and every byline
 * naming them show what changed, so cached copies must go.
 *
 * @param authorId the author's id
 */
public record AuthorChanged(long authorId) implements ContentChange {}
