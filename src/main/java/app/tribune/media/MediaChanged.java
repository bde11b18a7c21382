package app.tribune.media;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when an asset's description changes or the asset is deleted: pages show
 * alt texts, captions and credits, so cached copies must go.
 *
 * @param assetId the asset's id
 */
public record MediaChanged(long assetId) implements ContentChange {}
