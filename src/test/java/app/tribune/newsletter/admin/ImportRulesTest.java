package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportRulesTest {

  private static final ImportColumns COLUMNS = new ImportColumns(0, 1, 2, 3);
  private final ImportRules rules =
      new ImportRules(COLUMNS, Language.FR, Map.of("climat", 7L, "climate", 7L, "justice", 9L));

  @Test
  void goodRowsBecomeCandidatesNormalised() {
    ImportRules.Checked checked =
        rules.check(rows("  Anne@Exemple.BE ;Anne Dupont;NL;climat|Justice", "b@café.be;;;"));

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.candidates())
        .containsExactly(
            new ImportCandidate(2, "anne@exemple.be", "Anne Dupont", Language.NL, Set.of(7L, 9L)),
            new ImportCandidate(3, "b@café.be", null, Language.FR, Set.of()));
  }

  @Test
  void badAddressesAndNamesGetThePublicFormsMessages() {
    ImportRules.Checked checked =
        rules.check(
            rows(";x;;", "no-domain@;x;;", "a b@c.be;;;", "ok@c.be;" + "n".repeat(121) + ";;"));

    assertThat(checked.candidates()).isEmpty();
    assertThat(checked.problems())
        .extracting(ImportProblem::line, ImportProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "newsletter.error.emailMissing"),
            org.assertj.core.groups.Tuple.tuple(3, "newsletter.error.emailNoDomain"),
            org.assertj.core.groups.Tuple.tuple(4, "newsletter.error.emailInvalid"),
            org.assertj.core.groups.Tuple.tuple(5, "newsletter.error.nameTooLong"));
  }

  @Test
  void aNameOverSeveralLinesIsRefused() {
    ImportRules.Checked checked =
        rules.check(List.of(new CsvReader.Row(2, List.of("a@b.be", "Anne\r\nBcc: x@y.z", "", ""))));

    assertThat(checked.problems())
        .singleElement()
        .extracting(ImportProblem::reason)
        .isEqualTo("newsletter.error.nameInvalid");
  }

  @Test
  void unknownLanguagesAndTopicsAreReportedWithTheirValue() {
    ImportRules.Checked checked = rules.check(rows("a@b.be;;klingon;", "c@d.be;;fr;climat|sport"));

    assertThat(checked.problems())
        .containsExactly(
            ImportProblem.of(2, "klingon", "subscriberImport.problem.language"),
            ImportProblem.of(3, "sport", "subscriberImport.problem.topic"));
  }

  @Test
  void languagesMayBeNamedAsWellAsCoded() {
    ImportRules.Checked checked =
        rules.check(rows("a@b.be;;Nederlands;", "c@d.be;;anglais;", "e@f.be;;FR;"));

    assertThat(checked.candidates())
        .extracting(ImportCandidate::language)
        .containsExactly(Language.NL, Language.EN, Language.FR);
  }

  @Test
  void theFirstOccurrenceOfAnAddressWinsAndLaterOnesNameIt() {
    ImportRules.Checked checked =
        rules.check(rows("a@b.be;First;;", "c@d.be;;;", "A@B.BE ;Again;;"));

    assertThat(checked.candidates())
        .extracting(ImportCandidate::name)
        .containsExactly("First", null);
    assertThat(checked.problems())
        .containsExactly(ImportProblem.of(4, "A@B.BE ", "subscriberImport.problem.duplicate", 2));
  }

  @Test
  void longValuesAreCutInTheReport() {
    ImportProblem problem = ImportProblem.of(1, "x".repeat(500), "r");

    assertThat(problem.value()).hasSize(ImportProblem.MAX_VALUE + 1).endsWith("…");
  }

  /** Data rows from line 2 on, as after a header. */
  private static List<CsvReader.Row> rows(String... lines) {
    return java.util.stream.IntStream.range(0, lines.length)
        .mapToObj(i -> new CsvReader.Row(i + 2, List.of(lines[i].split(";", -1))))
        .toList();
  }
}
