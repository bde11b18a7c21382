package app.tribune.tag;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when a tag is renamed, merged or deleted: article pages and tag pages show
 * its name, so cached copies must go on every node.
 *
 * @param tagId the tag's id
 */
public record TagChanged(long tagId) implements ContentChange {}
