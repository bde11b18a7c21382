package app.tribune.newsletter.admin;

import java.io.Serializable;

/** A section subscribers may choose, as the screens offer it. */
public record Topic(long id, String name) implements Serializable {}
