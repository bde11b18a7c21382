import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The subscriber import benchmark's reference, run with {@code java -cp <h2 jar>
 * SubscriberImportReference.java URL USER PASSWORD CSV RUNS}: the database writing the same rows
 * itself, straight from the file with H2's CSVREAD (one subscriber and one consent record per
 * row), rolled back after each run. Prints the median in ms.
 */
public final class SubscriberImportReference {

  /** Takes the file's name as a literal: CSVREAD needs it when the statement is prepared. */
  private static String subscribers(String csv) {
    return "INSERT INTO subscriber (id, email, name, status, language, created_at, confirmed_at,"
        + " last_change_at) SELECT NEXT VALUE FOR subscriber_seq, LOWER(TRIM(EMAIL)),"
        + " NAME, 'CONFIRMED', LANGUAGE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
        + " CURRENT_TIMESTAMP FROM CSVREAD('"
        + csv.replace("'", "''")
        + "', NULL, 'charset=UTF-8 fieldSeparator=;')";
  }

  private static final String CONSENTS =
      "INSERT INTO consent_event (id, subscriber_id, email_hash, type, source, occurred_at,"
          + " detail) SELECT NEXT VALUE FOR consent_event_seq, s.id,"
          + " LOWER(RAWTOHEX(HASH('SHA-256', s.email))), 'CONFIRMED', 'IMPORT', CURRENT_TIMESTAMP,"
          + " 'basis=collected elsewhere' FROM subscriber s WHERE s.email LIKE ?";

  public static void main(String[] args) throws SQLException {
    String csv = args[3];
    int runs = Integer.parseInt(args[4]);
    long[] times = new long[runs];
    try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
      db.setAutoCommit(false);
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        try (Statement subscribers = db.createStatement();
            PreparedStatement consents = db.prepareStatement(CONSENTS)) {
          int rows = subscribers.executeUpdate(subscribers(csv));
          consents.setString(1, "ref-%");
          consents.executeUpdate();
          if (rows == 0) {
            throw new IllegalStateException("No row read from " + csv);
          }
        }
        times[run] = System.nanoTime() - start;
        db.rollback();
      }
    }
    java.util.Arrays.sort(times);
    System.out.printf("%.1f%n", times[runs / 2] / 1e6);
  }
}
