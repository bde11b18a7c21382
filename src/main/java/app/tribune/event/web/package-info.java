/** The agenda's public pages: the month view and each event's page, with its structured data. */
package app.tribune.event.web;
