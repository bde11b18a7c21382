package app.tribune.section;

import java.io.Serializable;

/**
 * A section as the sections screen lists it, in the tree's order.
 *
 * @param parentId the parent's id, {@code null} at the top level
 * @param depth 0 at the top level
 * @param articles how many articles, whatever their status, belong to the section itself
 */
public record SectionLine(
    long id,
    Long parentId,
    int depth,
    String name,
    String slug,
    boolean active,
    boolean campaign,
    long articles)
    implements Serializable {}
