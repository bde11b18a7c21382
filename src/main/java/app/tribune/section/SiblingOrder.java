package app.tribune.section;

import java.util.ArrayList;
import java.util.List;

/** The order of sections that share a parent, as editors change it one step at a time. */
final class SiblingOrder {

  private SiblingOrder() {}

  /**
   * The siblings with {@code moved} taken {@code steps} places later (earlier when negative). A
   * move past either end stops there, so pressing "up" on the first section changes nothing.
   *
   * @throws IllegalArgumentException if {@code moved} is not among the siblings
   */
  static <T> List<T> moved(List<T> siblings, T moved, int steps) {
    int from = siblings.indexOf(moved);
    if (from < 0) {
      throw new IllegalArgumentException("Not one of these siblings: " + moved);
    }
    List<T> order = new ArrayList<>(siblings);
    order.remove(from);
    order.add(Math.max(0, Math.min(order.size(), from + steps)), moved);
    return order;
  }
}
