import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The admin list benchmark's database side, run with {@code java -cp <jdbc driver> AdminListData.java}:
 * {@code load URL USER PASSWORD COUNT} adds COUNT articles spread over the demo sections, statuses,
 * types and languages; {@code reference URL USER PASSWORD RUNS} times the count and first page the
 * back office's list asks for, straight over JDBC, and prints the median and 95th percentile in ms.
 */
public final class AdminListData {

  private static final String[] STATUSES = {
    "PUBLISHED", "PUBLISHED", "PUBLISHED", "ARCHIVED", "DRAFT", "IN_REVIEW", "SCHEDULED", "TRASHED"
  };
  private static final String[] TYPES = {
    "ANALYSIS", "PRESS_RELEASE", "STATEMENT", "NEWS", "CAMPAIGN", "PROJECT", "INTERVIEW", "REPORT"
  };
  private static final String[] LANGUAGES = {"fr", "fr", "fr", "nl", "en"};

  /** The list's first page as the back office reads it: no filter, last change first. */
  static final String FIRST_PAGE =
      "SELECT a.id, a.title, a.slug, a.status, a.type, a.language, s.name, a.updated_at,"
          + " a.updated_by, a.published_at FROM article a JOIN section s ON s.id = a.section_id"
          + " WHERE a.status <> 'TRASHED' ORDER BY a.updated_at DESC, a.id DESC"
          + " OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY";

  static final String COUNT = "SELECT COUNT(a.id) FROM article a WHERE a.status <> 'TRASHED'";

  public static void main(String[] args) throws SQLException {
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      switch (args[0]) {
        case "load" -> load(db, Integer.parseInt(args[4]));
        case "reference" -> reference(db, Integer.parseInt(args[4]));
        default -> throw new IllegalArgumentException("load or reference, not " + args[0]);
      }
    }
  }

  private static void load(Connection db, int count) throws SQLException {
    db.setAutoCommit(false);
    List<Long> sections = new ArrayList<>();
    long firstId;
    try (Statement query = db.createStatement()) {
      try (ResultSet rows = query.executeQuery("SELECT id FROM section")) {
        while (rows.next()) {
          sections.add(rows.getLong(1));
        }
      }
      try (ResultSet rows = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM article")) {
        rows.next();
        firstId = rows.getLong(1) + 1_000;
      }
    }
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusYears(10);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO article (id, version, slug, title, lead, body, type, status, section_id,"
                + " language, translation_group, published_at, pinned, featured, revision_count,"
                + " created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, 0, ?, ?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        long id = firstId + i;
        String status = STATUSES[i % STATUSES.length];
        OffsetDateTime at = start.plusMinutes(i * 52L);
        insert.setLong(1, id);
        insert.setString(2, "bench-" + id);
        insert.setString(3, "Article de charge numéro " + id);
        insert.setString(4, "Chapô de l'article " + id);
        insert.setString(5, "<p>Texte de l'article " + id + ".</p>");
        insert.setString(6, TYPES[i % TYPES.length]);
        insert.setString(7, status);
        insert.setLong(8, sections.get(i % sections.size()));
        insert.setString(9, LANGUAGES[i % LANGUAGES.length]);
        insert.setString(10, UUID.randomUUID().toString());
        insert.setObject(11, status.equals("PUBLISHED") || status.equals("ARCHIVED") ? at : null);
        insert.setObject(12, at);
        insert.setString(13, "bench");
        insert.setObject(14, at);
        insert.setString(15, "bench");
        insert.addBatch();
        if (i % 1_000 == 999) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
    }
    try (Statement statement = db.createStatement()) {
      // The portal's own new articles take ids after these.
      statement.execute("ALTER SEQUENCE article_seq RESTART WITH " + (firstId + count + 1_000));
    }
    db.commit();
    if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      // The planner's statistics, as autovacuum would gather them some time after such a load.
      db.setAutoCommit(true);
      try (Statement statement = db.createStatement()) {
        statement.execute("ANALYZE article");
      }
    }
  }

  private static void reference(Connection db, int runs) throws SQLException {
    double[] millis = new double[runs];
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      firstPage(db);
    }
    for (int run = 0; run < runs; run++) {
      long started = System.nanoTime();
      firstPage(db);
      millis[run] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        java.util.Locale.ROOT,
        "%.2f %.2f%n",
        millis[runs / 2],
        millis[(int) Math.ceil(runs * 0.95) - 1]);
  }

  private static void firstPage(Connection db) throws SQLException {
    try (Statement statement = db.createStatement()) {
      try (ResultSet count = statement.executeQuery(COUNT)) {
        count.next();
      }
      try (ResultSet page = statement.executeQuery(FIRST_PAGE)) {
        while (page.next()) {
          page.getString(2);
        }
      }
    }
  }
}
