/**
 * The back office's side of the audience: the subscriber list with its filters, counts and growth,
 * one subscriber's record, additions by an editor, and the CSV export and import of the list.
 */
package app.tribune.newsletter.admin;
