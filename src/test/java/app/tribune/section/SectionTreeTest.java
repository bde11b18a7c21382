package app.tribune.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionTreeTest {

  @Test
  void findsASectionsSubSectionsAtAnyDepth() {
    Map<Long, Long> parents = new HashMap<>();
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 1L);
    parents.put(4L, 3L);
    parents.put(5L, null);
    SectionTree tree = new SectionTree(parents);

    assertThat(tree.withDescendants(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    assertThat(tree.withDescendants(3)).containsExactlyInAnyOrder(3L, 4L);
    assertThat(tree.withDescendants(5)).containsExactly(5L);
  }

  @Test
  void reachesNothingUnderASectionThatIsNotActive() {
    // 2 is inactive, so absent from the tree; its active child 3 is out of reach from 1.
    Map<Long, Long> parents = new HashMap<>();
    parents.put(1L, null);
    parents.put(3L, 2L);
    SectionTree tree = new SectionTree(parents);

    assertThat(tree.withDescendants(1)).containsExactly(1L);
  }

  @Test
  void endsEvenOnACycle() {
    SectionTree tree = new SectionTree(Map.of(1L, 2L, 2L, 1L));

    assertThat(tree.withDescendants(1)).containsExactlyInAnyOrder(1L, 2L);
  }
}
