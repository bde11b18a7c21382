/** The newsletter's public pages: the archive of sent issues. */
package app.tribune.newsletter.web;
