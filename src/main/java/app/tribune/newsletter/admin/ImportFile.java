package app.tribune.newsletter.admin;

import java.util.List;

/**
 * An uploaded CSV file read as rows.
 *
 * @param delimiter the one detected
 * @param rows every non-blank record, the header row (if any) included
 */
public record ImportFile(char delimiter, List<CsvReader.Row> rows) {

  /**
   * Reads {@code bytes} as CSV text.
   *
   * @throws app.tribune.platform.rules.RuleViolationException naming what is wrong with the file
   */
  public static ImportFile read(byte[] bytes) {
    String text = CsvText.decode(bytes);
    char delimiter = CsvReader.detectDelimiter(text);
    return new ImportFile(delimiter, CsvReader.read(text, delimiter));
  }

  /** The rows holding data: all of them, or all but the first when it is a header. */
  public List<CsvReader.Row> dataRows(boolean header) {
    return header && !rows.isEmpty() ? rows.subList(1, rows.size()) : rows;
  }

  /** The most fields any row has. */
  public int width() {
    return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
  }
}
