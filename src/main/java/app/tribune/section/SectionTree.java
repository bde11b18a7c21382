package app.tribune.section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which section sits under which, by id: enough to list a section's articles together with its
 * sub-sections' in one query, without walking lazy links one section at a time. Readers' pages
 * build it from the active sections only; the sections screen from all of them.
 */
public final class SectionTree {

  private final Map<Long, List<Long>> children = new HashMap<>();

  /**
   * @param parentByChild each section's id and its parent's id ({@code null} for a top-level
   *     section)
   */
  SectionTree(Map<Long, Long> parentByChild) {
    parentByChild.forEach(
        (child, parent) -> {
          if (parent != null) {
            children.computeIfAbsent(parent, key -> new ArrayList<>()).add(child);
          }
        });
  }

  /** The tree from query rows of (section id, parent id or {@code null}). */
  static SectionTree ofRows(List<Object[]> rows) {
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] row : rows) {
      parents.put(
          ((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue());
    }
    return new SectionTree(parents);
  }

  /**
   * The section's id followed by those of its sub-sections in the tree at any depth. Under a
   * section left out of the tree nothing is reached; a cycle, which the model forbids, would still
   * end.
   */
  public Set<Long> withDescendants(long sectionId) {
    Set<Long> found = new LinkedHashSet<>();
    Deque<Long> toVisit = new ArrayDeque<>(List.of(sectionId));
    while (!toVisit.isEmpty()) {
      Long id = toVisit.removeFirst();
      if (found.add(id)) {
        toVisit.addAll(children.getOrDefault(id, List.of()));
      }
    }
    return found;
  }
}
