/**
 * The {@code build-newsletter} job: once a month, an issue is composed from what was published
 * since the last issue sent, by section, and the events to come, and left as a draft for an editor
 * (or ready to send, when sending is automatic).
 */
package app.tribune.newsletter.building;
