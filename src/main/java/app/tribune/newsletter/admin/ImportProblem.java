package app.tribune.newsletter.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A row of an import file that was not imported, and why.
 *
 * @param line the line of the file it starts on
 * @param value the address as written in the file (or the offending value)
 * @param reason a message key of the interface bundles
 * @param arguments the values the message refers to
 */
public record ImportProblem(int line, String value, String reason, List<Object> arguments)
    implements Serializable {

  /** Values longer than this are cut in the report: it must stay readable. */
  static final int MAX_VALUE = 120;

  public ImportProblem {
    value =
        value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + '…';
    arguments = List.copyOf(arguments);
  }

  static ImportProblem of(int line, String value, String reason, Object... arguments) {
    return new ImportProblem(line, value, reason, List.of(arguments));
  }
}
