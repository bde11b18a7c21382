package app.tribune.partner;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when a funder is saved: pages thank funders by logo, name and link, so
 * cached copies must go.
 *
 * @param partnerId the funder's id
 */
public record PartnerChanged(long partnerId) implements ContentChange {}
