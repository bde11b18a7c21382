/**
 * Full-text search over published and archived articles: an in-memory Lucene index on each node,
 * rebuilt from the database at start-up and kept current by {@link
 * app.tribune.article.ArticleChanged} events; French, Dutch and English analysis; ranked and
 * highlighted results.
 */
package app.tribune.search;
