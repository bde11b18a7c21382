/**
 * Article screens: the public article page, its previews of drafts (in the back office and through
 * signed links), and the back office's article list and editor.
 */
package app.tribune.article.web;
