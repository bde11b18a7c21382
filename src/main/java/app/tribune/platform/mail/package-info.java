/**
 * Outgoing mail: SMTP when a server is configured, otherwise {@code .eml} files in an outbox
 * folder, so a first run works offline and every message can be opened and read.
 */
package app.tribune.platform.mail;
