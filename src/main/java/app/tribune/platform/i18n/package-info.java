/**
 * Languages the site's content and interface come in, and how they are written in URLs and rows.
 */
package app.tribune.platform.i18n;
