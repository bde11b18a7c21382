package app.tribune.platform.cache;

/**
 * A CDI event about content readers see: an article, section, event, funder or site setting was
 * saved, published, archived or removed. Fire it from the service that made the change; the page
 * cache clears itself once the transaction has committed, so the next reader gets fresh pages.
 */
public interface ContentChange {}
