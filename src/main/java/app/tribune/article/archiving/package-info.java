/**
 * The {@code archive-articles} job: published articles older than their type's retention move to
 * the archive, where they stay readable at their address and in search but leave the home page and
 * the section lists. Pinned articles stay.
 */
package app.tribune.article.archiving;
