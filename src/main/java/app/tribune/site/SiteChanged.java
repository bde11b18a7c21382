package app.tribune.site;

import app.tribune.platform.cache.ContentChange;

/**
 * Fired (as a CDI event) when the site settings are saved: every public page shows the name, the
 * tagline, the footer or the default funders, so every cached page must go.
 */
public record SiteChanged() implements ContentChange {}
