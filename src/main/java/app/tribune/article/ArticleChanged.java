package app.tribune.article;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) by whatever saves, publishes, archives, trashes or deletes an article, so
 * that what mirrors articles outside the database (the search index, cached pages) reads the
 * article again. It carries the id only: observers re-read the committed row rather than trust a
 * copy that may have been changed or rolled back since.
 *
 * @param articleId the article's id
 * @param kind whether the row still exists
 */
public record ArticleChanged(long articleId, Kind kind) implements ContentChange {

  /** What happened to the row. */
  public enum Kind {
    /** Created or updated, whatever its status now: observers decide whether it is public. */
    SAVED,
    /** Removed from the database for good. */
    DELETED
  }

  public static ArticleChanged saved(long articleId) {
    return new ArticleChanged(articleId, Kind.SAVED);
  }

  public static ArticleChanged deleted(long articleId) {
    return new ArticleChanged(articleId, Kind.DELETED);
  }
}
