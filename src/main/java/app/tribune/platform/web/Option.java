package app.tribune.platform.web;

import java.io.Serializable;

/**
 * One entry of an admin screen's drop-down or check list: what the screen keeps of a row between
 * requests, rather than the entity itself, so the view stays small and serialisable.
 */
public record Option(long id, String label) implements Serializable {}
