package app.tribune.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side comparison of two texts line by line, after their longest common subsequence:
 * lines both keep face each other, a removed line has nothing on the right, an added one nothing on
 * the left, and a removal followed by an addition pairs up as a change.
 */
public final class LineDiff {

  /** Beyond this many lines on a side the table would be too large to fill; compare wholesale. */
  static final int MAX_LINES = 4_000;

  /** How one line of the comparison differs. */
  public enum Kind {
    SAME,
    CHANGED,
    REMOVED,
    ADDED
  }

  /**
   * One line of the comparison.
   *
   * @param left the line of the old text, or {@code null} when it is an addition
   * @param right the line of the new text, or {@code null} when it is a removal
   */
  public record Line(Kind kind, String left, String right) implements java.io.Serializable {}

  private LineDiff() {}

  public static List<Line> compare(List<String> before, List<String> after) {
    if (before.size() > MAX_LINES || after.size() > MAX_LINES) {
      return wholesale(before, after);
    }
    int[][] common = new int[before.size() + 1][after.size() + 1];
    for (int i = before.size() - 1; i >= 0; i--) {
      for (int j = after.size() - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> lines = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
        pair(removed, added, lines);
        lines.add(new Line(Kind.SAME, before.get(i), after.get(j)));
        i++;
        j++;
      } else if (j < after.size() && (i == before.size() || common[i][j + 1] >= common[i + 1][j])) {
        added.add(after.get(j++));
      } else {
        removed.add(before.get(i++));
      }
    }
    pair(removed, added, lines);
    return lines;
  }

  /** Lines removed and added between two common ones, face to face as changes. */
  private static void pair(List<String> removed, List<String> added, List<Line> lines) {
    int both = Math.min(removed.size(), added.size());
    for (int k = 0; k < both; k++) {
      lines.add(new Line(Kind.CHANGED, removed.get(k), added.get(k)));
    }
    removed.subList(both, removed.size()).forEach(r -> lines.add(new Line(Kind.REMOVED, r, null)));
    added.subList(both, added.size()).forEach(a -> lines.add(new Line(Kind.ADDED, null, a)));
    removed.clear();
    added.clear();
  }

  private static List<Line> wholesale(List<String> before, List<String> after) {
    List<String> removed = new ArrayList<>(before);
    List<String> added = new ArrayList<>(after);
    List<Line> lines = new ArrayList<>();
    pair(removed, added, lines);
    return lines;
  }

  /**
   * The lines of a text as editors think of them: one per paragraph, heading, list item or quote of
   * HTML, one per line of plain text; blank lines dropped.
   */
  public static List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String broken =
        text.replaceAll(
            "(?i)(</(?:p|h[1-6]|li|blockquote|figure|pre|tr|ul|ol)>|<br\\s*/?>)", "$1\n");
    return broken.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
