package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void readsPlainRowsWithTheirLineNumbers() {
    List<CsvReader.Row> rows = CsvReader.read("email;name\r\na@b.be;Anne\r\nc@d.be;Carl\r\n", ';');

    assertThat(rows)
        .containsExactly(
            new CsvReader.Row(1, List.of("email", "name")),
            new CsvReader.Row(2, List.of("a@b.be", "Anne")),
            new CsvReader.Row(3, List.of("c@d.be", "Carl")));
  }

  @Test
  void quotedFieldsHoldDelimitersDoubledQuotesAndLineBreaks() {
    List<CsvReader.Row> rows =
        CsvReader.read("\"a;b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,row\n", ',');

    assertThat(rows.get(0).cells()).containsExactly("a;b", "say \"hi\"", "two\nlines");
    assertThat(rows.get(1)).isEqualTo(new CsvReader.Row(3, List.of("next", "row")));
  }

  @Test
  void emptyFieldsAreKeptAndBlankLinesSkipped() {
    List<CsvReader.Row> rows = CsvReader.read("a;;c\n\n\r\n;\n\"\"\n", ';');

    assertThat(rows)
        .containsExactly(
            new CsvReader.Row(1, List.of("a", "", "c")),
            new CsvReader.Row(4, List.of("", "")),
            new CsvReader.Row(5, List.of("")));
  }

  @Test
  void oldMacLineEndingsAndAMissingFinalLineBreakWork() {
    assertThat(CsvReader.read("a,b\rc,d", ','))
        .containsExactly(
            new CsvReader.Row(1, List.of("a", "b")), new CsvReader.Row(2, List.of("c", "d")));
  }

  @Test
  void anUnclosedQuoteRefusesTheFileNamingWhereItOpened() {
    assertThatThrownBy(() -> CsvReader.read("a;b\n\"open;x\nmore\nrows\n", ';'))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("subscriberImport.error.unclosedQuote");
              assertThat(e.arguments()).containsExactly(2);
            });
  }

  @Test
  void aQuoteInsideAnUnquotedFieldOrTextAfterAClosingQuoteIsRefused() {
    assertThatThrownBy(() -> CsvReader.read("ok\nJean \"Jo\" Dupont\n", ';'))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("subscriberImport.error.strayQuote");
              assertThat(e.arguments()).containsExactly(2);
            });
    assertThatThrownBy(() -> CsvReader.read("\"Jean\" Dupont;x\n", ';'))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("subscriberImport.error.textAfterQuote"));
  }

  @Test
  void oversizeFieldsAndRowsAreRefused() {
    String longCell = "x".repeat(CsvReader.MAX_CELL_LENGTH + 1);
    assertThatThrownBy(() -> CsvReader.read("a\n" + longCell + "\n", ';'))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("subscriberImport.error.cellTooLong");
              assertThat(e.arguments().get(0)).isEqualTo(2);
            });
    String wideRow = ";".repeat(CsvReader.MAX_CELLS + 1);
    assertThatThrownBy(() -> CsvReader.read(wideRow, ';'))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("subscriberImport.error.tooManyCells"));
  }

  @Test
  void detectsTheDelimiterUsedConsistently() {
    assertThat(CsvReader.detectDelimiter("email;name\na@b.be;Anne\nc@d.be;Carl, Jr\n"))
        .isEqualTo(';');
    assertThat(CsvReader.detectDelimiter("email,name\na@b.be,\"Dupont; Anne\"\nc@d.be,Carl\n"))
        .isEqualTo(',');
    assertThat(CsvReader.detectDelimiter("email\tname\na@b.be\tAnne\n")).isEqualTo('\t');
    assertThat(CsvReader.detectDelimiter("email|name|language\na@b.be|Anne|fr\n")).isEqualTo('|');
  }

  @Test
  void aSingleColumnFileReadsWhateverTheDelimiter() {
    String text = "email\na@b.be\nc@d.be\n";

    char delimiter = CsvReader.detectDelimiter(text);

    assertThat(CsvReader.read(text, delimiter))
        .extracting(CsvReader.Row::cells)
        .containsExactly(List.of("email"), List.of("a@b.be"), List.of("c@d.be"));
  }

  @Test
  void aRowShorterThanTheMappingGivesEmptyCells() {
    CsvReader.Row row = new CsvReader.Row(1, List.of("a@b.be"));

    assertThat(row.cell(0)).isEqualTo("a@b.be");
    assertThat(row.cell(3)).isEmpty();
    assertThat(row.cell(ImportColumns.NONE)).isEmpty();
  }
}
