package app.tribune.article;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision beside the article as it is now, field by field: the texts an editor would restore.
 *
 * @param revision which revision
 * @param fields each text field that has a value on either side, with its line comparison
 */
public record RevisionComparison(RevisionSummary revision, List<Field> fields)
    implements Serializable {

  /**
   * One field of the comparison.
   *
   * @param name the field's key: {@code title}, {@code body}…
   * @param lines the revision's lines on the left, the current ones on the right
   */
  public record Field(String name, List<LineDiff.Line> lines) implements Serializable {

    public boolean isChanged() {
      return lines.stream().anyMatch(line -> line.kind() != LineDiff.Kind.SAME);
    }
  }

  static RevisionComparison of(Revision revision, Article current) {
    List<Field> fields = new ArrayList<>();
    add(fields, "surtitle", revision.getSurtitle(), current.getSurtitle());
    add(fields, "title", revision.getTitle(), current.getTitle());
    add(fields, "subtitle", revision.getSubtitle(), current.getSubtitle());
    add(fields, "lead", revision.getLead(), current.getLead());
    add(fields, "body", revision.getBody(), current.getBody());
    add(fields, "ps", revision.getPs(), current.getPs());
    return new RevisionComparison(RevisionSummary.of(revision), List.copyOf(fields));
  }

  private static void add(List<Field> fields, String name, String before, String after) {
    List<LineDiff.Line> lines = LineDiff.compare(LineDiff.lines(before), LineDiff.lines(after));
    if (!lines.isEmpty()) {
      fields.add(new Field(name, lines));
    }
  }
}
