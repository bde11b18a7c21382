/**
 * The newsletter's public pages: the subscription form (on its own page and at the foot of every
 * page), the pages a subscriber reaches from a mail to confirm, change preferences or leave, and
 * the archive of sent issues. Readers stay cookie-free: the forms are plain HTML posts, checked
 * with signed tokens.
 */
package app.tribune.newsletter.web;
