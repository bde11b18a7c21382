package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tribune.article.LineDiff.Kind;
import app.tribune.article.LineDiff.Line;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void identicalTextsAreTheSameLineForLine() {
    assertThat(LineDiff.compare(List.of("a", "b"), List.of("a", "b")))
        .extracting(Line::kind)
        .containsExactly(Kind.SAME, Kind.SAME);
  }

  @Test
  void anInsertedLineShowsOnTheRightOnly() {
    assertThat(LineDiff.compare(List.of("a", "c"), List.of("a", "b", "c")))
        .extracting(Line::kind, Line::left, Line::right)
        .containsExactly(
            tuple(Kind.SAME, "a", "a"), tuple(Kind.ADDED, null, "b"), tuple(Kind.SAME, "c", "c"));
  }

  @Test
  void aRemovedLineShowsOnTheLeftOnly() {
    assertThat(LineDiff.compare(List.of("a", "b", "c"), List.of("a", "c")))
        .extracting(Line::kind, Line::left, Line::right)
        .containsExactly(
            tuple(Kind.SAME, "a", "a"), tuple(Kind.REMOVED, "b", null), tuple(Kind.SAME, "c", "c"));
  }

  @Test
  void aRewrittenLineFacesItsNewVersion() {
    assertThat(LineDiff.compare(List.of("a", "old", "c", "gone"), List.of("a", "new", "c")))
        .extracting(Line::kind, Line::left, Line::right)
        .containsExactly(
            tuple(Kind.SAME, "a", "a"),
            tuple(Kind.CHANGED, "old", "new"),
            tuple(Kind.SAME, "c", "c"),
            tuple(Kind.REMOVED, "gone", null));
  }

  @Test
  void everyLineOfBothTextsAppearsOnceInOrder() {
    List<String> before = List.of("x", "a", "b", "c", "d", "y");
    List<String> after = List.of("a", "c", "z", "d", "b");

    List<Line> lines = LineDiff.compare(before, after);

    assertThat(lines.stream().map(Line::left).filter(l -> l != null))
        .containsExactlyElementsOf(before);
    assertThat(lines.stream().map(Line::right).filter(r -> r != null))
        .containsExactlyElementsOf(after);
    assertThat(lines.stream().filter(l -> l.kind() == Kind.SAME)).hasSize(3);
  }

  @Test
  void emptyTextsCompareToNothingAndToEverything() {
    assertThat(LineDiff.compare(List.of(), List.of())).isEmpty();
    assertThat(LineDiff.compare(List.of(), List.of("a")))
        .extracting(Line::kind)
        .containsExactly(Kind.ADDED);
  }

  @Test
  void hugeTextsAreComparedWholesaleWithoutRunningOutOfMemory() {
    List<String> many = IntStream.range(0, LineDiff.MAX_LINES + 1).mapToObj(i -> "l" + i).toList();

    List<Line> lines = LineDiff.compare(many, Collections.nCopies(2, "x"));

    assertThat(lines).hasSize(many.size());
  }

  @Test
  void htmlIsCutIntoParagraphsHeadingsAndListItems() {
    assertThat(LineDiff.lines("<h2>Titre</h2><p>Un</p><ul><li>a</li><li>b</li></ul><p>x<br>y</p>"))
        .containsExactly(
            "<h2>Titre</h2>",
            "<p>Un</p>",
            "<ul><li>a</li>",
            "<li>b</li>",
            "</ul>",
            "<p>x<br>",
            "y</p>");
    assertThat(LineDiff.lines("  \n")).isEmpty();
    assertThat(LineDiff.lines(null)).isEmpty();
  }
}
