package app.tribune.section;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when a section is created, changed, moved, reordered or deleted: the
 * navigation on every page lists sections, so every node's cached pages must go.
 *
 * @param sectionId the section's id
 */
public record SectionChanged(long sectionId) implements ContentChange {}
