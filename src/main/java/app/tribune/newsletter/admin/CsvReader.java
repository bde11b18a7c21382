package app.tribune.newsletter.admin;

import app.tribune.platform.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: fields separated by one delimiter, quoted with {@code "} when
 * they hold a delimiter, a quote (doubled) or a line break. Lines may end with CRLF, LF or CR.
 * Blank lines are skipped. A file that breaks the quoting rules is refused as a whole, naming the
 * line: guessing where a broken field ends would shift every later cell into the wrong column.
 */
public final class CsvReader {

  /** Fields kept per row at most; a subscriber file needs a handful. */
  static final int MAX_CELLS = 200;

  /** Characters kept per field at most: far beyond any address or name. */
  static final int MAX_CELL_LENGTH = 10_000;

  private static final char QUOTE = '"';
  private static final char[] CANDIDATES = {';', ',', '\t', '|'};
  private static final int SAMPLE_LINES = 20;

  /**
   * One record of the file.
   *
   * @param line the line of the file the record starts on, from 1
   * @param cells its fields, unquoted
   */
  public record Row(int line, List<String> cells) {

    /** The field at {@code index}, or an empty one when the row is shorter. */
    public String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
  }

  private CsvReader() {}

  /**
   * The delimiter the file most likely uses: among {@code ;}, {@code ,}, tab and {@code |}, the one
   * found the same number of times (at least once) on the most of its first lines, quoted fields
   * not counted. A file with none of them has a single column; {@code ;} is then as good as any.
   */
  public static char detectDelimiter(String text) {
    char best = CANDIDATES[0];
    int bestScore = 0;
    for (char candidate : CANDIDATES) {
      int score = consistency(countsPerLine(text, candidate));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Every non-blank record of {@code text}.
   *
   * @throws RuleViolationException naming the line, when a quote is left open or misplaced, or a
   *     row is beyond the limits of {@link #MAX_CELLS} and {@link #MAX_CELL_LENGTH}
   */
  public static List<Row> read(String text, char delimiter) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int i = 0;
    int length = text.length();
    boolean cellStarted = false;
    while (i < length) {
      char c = text.charAt(i);
      if (c == QUOTE && cell.length() == 0 && !cellStarted) {
        int quoteLine = line;
        i++;
        while (true) {
          if (i >= length) {
            throw refusal("subscriberImport.error.unclosedQuote", quoteLine);
          }
          char q = text.charAt(i);
          if (q == QUOTE) {
            if (i + 1 < length && text.charAt(i + 1) == QUOTE) {
              append(cell, QUOTE, rowLine);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q == '\n' || (q == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          append(cell, q, rowLine);
          i++;
        }
        cellStarted = true;
        if (i < length && text.charAt(i) != delimiter && !isLineBreak(text.charAt(i))) {
          throw refusal("subscriberImport.error.textAfterQuote", line);
        }
        continue;
      }
      if (c == delimiter) {
        addCell(cells, cell, rowLine);
        cellStarted = false;
        i++;
      } else if (isLineBreak(c)) {
        i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
        endRow(rows, cells, cell, rowLine, cellStarted);
        cells = new ArrayList<>();
        cellStarted = false;
        line++;
        rowLine = line;
      } else if (c == QUOTE) {
        throw refusal("subscriberImport.error.strayQuote", line);
      } else {
        append(cell, c, rowLine);
        cellStarted = true;
        i++;
      }
    }
    endRow(rows, cells, cell, rowLine, cellStarted);
    return rows;
  }

  private static void endRow(
      List<Row> rows, List<String> cells, StringBuilder cell, int line, boolean cellStarted) {
    if (cells.isEmpty() && cell.length() == 0 && !cellStarted) {
      return;
    }
    addCell(cells, cell, line);
    rows.add(new Row(line, List.copyOf(cells)));
  }

  private static void addCell(List<String> cells, StringBuilder cell, int line) {
    if (cells.size() == MAX_CELLS) {
      throw refusal("subscriberImport.error.tooManyCells", line, MAX_CELLS);
    }
    cells.add(cell.toString());
    cell.setLength(0);
  }

  private static void append(StringBuilder cell, char c, int line) {
    if (cell.length() == MAX_CELL_LENGTH) {
      throw refusal("subscriberImport.error.cellTooLong", line, MAX_CELL_LENGTH);
    }
    cell.append(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static RuleViolationException refusal(String key, int line, Object... more) {
    Object[] arguments = new Object[more.length + 1];
    arguments[0] = line;
    System.arraycopy(more, 0, arguments, 1, more.length);
    return new RuleViolationException(key, "CSV refused (" + key + ") at line " + line, arguments);
  }

  /** How many times {@code delimiter} occurs outside quotes on each of the first lines. */
  private static List<Integer> countsPerLine(String text, char delimiter) {
    List<Integer> counts = new ArrayList<>();
    boolean quoted = false;
    int count = 0;
    for (int i = 0; i < text.length() && counts.size() < SAMPLE_LINES; i++) {
      char c = text.charAt(i);
      if (c == QUOTE) {
        quoted = !quoted;
      } else if (!quoted && c == delimiter) {
        count++;
      } else if (!quoted && c == '\n') {
        counts.add(count);
        count = 0;
      }
    }
    if (count > 0 && counts.size() < SAMPLE_LINES) {
      counts.add(count);
    }
    return counts;
  }

  /** The number of lines sharing the most frequent non-zero count. */
  private static int consistency(List<Integer> counts) {
    int best = 0;
    for (int candidate : counts) {
      if (candidate == 0) {
        continue;
      }
      int same = (int) counts.stream().filter(c -> c == candidate).count();
      best = Math.max(best, same);
    }
    return best;
  }
}
