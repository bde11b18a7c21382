package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void startsWithTheByteOrderMarkAndEndsRowsWithCrLf() throws Exception {
    byte[] bytes = write(List.of("email", "name"), List.of("a@b.be", "Anne"));

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("email;name\r\na@b.be;Anne\r\n");
  }

  @Test
  void quotesFieldsHoldingDelimitersQuotesOrLineBreaks() {
    assertThat(CsvWriter.cell("Dupont; Anne")).isEqualTo("\"Dupont; Anne\"");
    assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvWriter.cell("plain, with comma")).isEqualTo("plain, with comma");
    assertThat(CsvWriter.cell(null)).isEmpty();
  }

  @Test
  void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(CsvWriter.cell("+32 2 123")).isEqualTo("'+32 2 123");
    assertThat(CsvWriter.cell("-1+1")).isEqualTo("'-1+1");
    assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
    assertThat(CsvWriter.cell("Anne=Bob")).isEqualTo("Anne=Bob");
  }

  @Test
  void whatItWritesReadsBackIdentically() throws Exception {
    List<String> tricky = List.of("a;b", "\"q\"", "l1\r\nl2", "", "Zoé", "x,y");
    byte[] bytes = write(tricky);

    String text = CsvText.decode(bytes);
    assertThat(CsvReader.read(text, CsvReader.detectDelimiter(text)).get(0).cells())
        .isEqualTo(tricky);
  }

  @SafeVarargs
  private static byte[] write(List<String>... rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter csv = CsvWriter.open(out);
    for (List<String> row : rows) {
      csv.row(row);
    }
    csv.flush();
    return out.toByteArray();
  }
}
