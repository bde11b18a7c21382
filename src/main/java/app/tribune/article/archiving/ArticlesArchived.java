package app.tribune.article.archiving;

import app.tribune.platform.cache.ContentChange;

/**
 * A chunk of articles moved to the archive: cached pages must go (the home page and the section
 * lists no longer show them), on this node and, through the change table, on the others. One event
 * per chunk rather than one {@code ArticleChanged} per article, because the search index has
 * nothing to follow: an archived article is found as before, with the same indexed text, and the
 * results read its status from the database when they are shown.
 *
 * @param count how many articles moved
 */
public record ArticlesArchived(int count) implements ContentChange {}
