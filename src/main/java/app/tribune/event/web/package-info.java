/**
 * The agenda's pages: the public month view and each event's page with its structured data, and the
 * back office's event list and editor.
 */
package app.tribune.event.web;
