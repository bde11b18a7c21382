/**
 * The public site and its settings: clean addresses, the site-wide settings editors change without
 * a redeployment (identity, links, footer, consent), and the reader pages in {@code web}.
 */
package app.tribune.site;
