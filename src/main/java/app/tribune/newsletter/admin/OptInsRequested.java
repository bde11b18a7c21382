package app.tribune.newsletter.admin;

import java.util.List;

/** Imported subscribers waiting for their opt-in mail, fired in the import's transaction. */
public record OptInsRequested(List<Long> subscriberIds) {}
