import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The newsletter benchmark's database side, run with {@code java -cp <jdbc driver>
 * NewsletterData.java}: {@code load URL USER PASSWORD COUNT} adds COUNT confirmed subscribers
 * (French, Dutch and English, no topic chosen) and a ready issue of three demo articles; {@code
 * wait URL USER PASSWORD SECONDS} waits until the issue is sent (at most SECONDS) and prints its
 * last status; {@code report URL USER PASSWORD} prints its recipients, sent count and the seconds
 * from "send" to "sent", delivery rows included.
 */
public final class NewsletterData {

  private static final long ISSUE_ID = 990_000_001L;
  private static final String[] LANGUAGES = {"fr", "fr", "fr", "nl", "en"};

  public static void main(String[] args) throws SQLException, InterruptedException {
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      switch (args[0]) {
        case "load" -> load(db, Integer.parseInt(args[4]));
        case "wait" -> System.out.println(waitUntilSent(db, Long.parseLong(args[4])));
        case "report" ->
            System.out.println(
                single(
                    db,
                    "SELECT recipient_count || ' ' || sent_count || ' ' || failed_count || ' ' ||"
                        + " DATEDIFF('MILLISECOND', send_started_at, sent_at) / 1000.0"
                        + " FROM newsletter_issue"));
        default -> throw new IllegalArgumentException("load, wait or report, not " + args[0]);
      }
    }
  }

  /**
   * One process asking twice a second: a new JVM for each look, compiling this file each time,
   * took a good share of the processor the portal was being measured on.
   */
  private static String waitUntilSent(Connection db, long seconds)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    String status = single(db, "SELECT status FROM newsletter_issue");
    while (!status.equals("SENT") && System.nanoTime() < deadline) {
      Thread.sleep(500);
      status = single(db, "SELECT status FROM newsletter_issue");
    }
    return status;
  }

  private static String single(Connection db, String query) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(query + " WHERE id = " + ISSUE_ID)) {
      return rows.next() ? rows.getString(1) : "none";
    }
  }

  private static void load(Connection db, int count) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO subscriber (id, email, name, status, language, created_at, confirmed_at,"
                + " last_change_at) VALUES (?, ?, ?, 'CONFIRMED', ?, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      for (int i = 1; i <= count; i++) {
        insert.setLong(1, 900_000_000L + i);
        insert.setString(2, "reader-" + i + "@bench.example");
        insert.setString(3, i % 3 == 0 ? null : "Lecteur " + i);
        insert.setString(4, LANGUAGES[i % LANGUAGES.length]);
        insert.addBatch();
        if (i % 1000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO newsletter_issue (id, number, period, subject, introduction, status,"
              + " created_at, ready_at) VALUES ("
              + ISSUE_ID
              + ", 9001, '2099-01', 'Les nouvelles du mois',"
              + " '<p>Ce mois-ci, trois projets avancent et un rendez-vous approche.</p>', 'READY',"
              + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      statement.executeUpdate(
          "INSERT INTO newsletter_item (id, issue_id, sort_order, kind, article_id,"
              + " section_heading, title, teaser)"
              + " SELECT "
              + ISSUE_ID
              + " + a.id, "
              + ISSUE_ID
              + ", 0, 'ARTICLE', a.id, 'Nos analyses', a.title, a.lead FROM article a"
              + " WHERE a.status = 'PUBLISHED' ORDER BY a.id FETCH FIRST 3 ROWS ONLY");
    }
    db.commit();
  }
}
