package app.tribune.newsletter.admin;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did.
 *
 * @param imported subscribers added
 * @param optInsQueued of them, how many are waiting for their opt-in mail
 * @param problems every row not imported, by line
 */
public record ImportReport(int imported, int optInsQueued, List<ImportProblem> problems)
    implements Serializable {

  public ImportReport {
    problems = List.copyOf(problems);
  }
}
