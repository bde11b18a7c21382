package app.tribune.newsletter.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * local code page), {@value #DELIMITER} between fields (Excel's list separator where the decimal
 * mark is a comma, as in Belgium and France), CRLF after each row, fields quoted per RFC 4180 when
 * they need it. A field a spreadsheet would take for a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) gets a leading {@code '}, so a subscriber who
 * types {@code =HYPERLINK(…)} as their name cannot make the editor's spreadsheet act.
 */
public final class CsvWriter {

  public static final char DELIMITER = ';';
  private static final char QUOTE = '"';

  private final Writer out;

  private CsvWriter(Writer out) {
    this.out = out;
  }

  /** A writer to {@code stream}, which gets the byte-order mark at once. */
  public static CsvWriter open(OutputStream stream) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    return new CsvWriter(writer);
  }

  /** Writes one row; a {@code null} cell is written empty. */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(DELIMITER);
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  public void flush() throws IOException {
    out.flush();
  }

  /** The field as it goes into the file: neutralised, then quoted if needed. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = startsLikeFormula(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(DELIMITER) >= 0
            || safe.indexOf(QUOTE) >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? QUOTE + safe.replace("\"", "\"\"") + QUOTE : safe;
  }

  private static boolean startsLikeFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
