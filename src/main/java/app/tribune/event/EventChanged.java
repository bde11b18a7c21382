package app.tribune.event;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when an event is created, changed or deleted: the agenda, the event's
 * page, the home page and the pages of its section list events, so cached copies must go.
 *
 * @param eventId the event's id
 */
public record EventChanged(long eventId) implements ContentChange {}
