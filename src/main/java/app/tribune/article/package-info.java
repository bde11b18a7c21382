/**
 * Articles: their editorial workflow from draft to archive, their revisions, and the links that tie
 * them to sections, tags, authors, media, funders and their own translations.
 */
package app.tribune.article;
