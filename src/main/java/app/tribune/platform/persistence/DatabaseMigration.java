package app.tribune.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything touches JPA. The migrations are written
 * once for H2 and PostgreSQL; the few types that differ are Flyway placeholders filled in here.
 */
@ApplicationScoped
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "jdbc/tribune")
  private DataSource dataSource;

  /** Applies pending migrations and returns how many ran. */
  public int migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common")
            .placeholders(placeholdersFor(databaseProduct()))
            // Payara creates its batch job tables in this database on its own schedule; they must
            // not make Flyway think the schema belongs to someone else.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            String.format(
                "Database schema at version %s (%d migration(s) applied)",
                result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion,
                result.migrationsExecuted));
    return result.migrationsExecuted;
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
  }

  static Map<String, String> placeholdersFor(String databaseProduct) {
    boolean postgres = databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    return Map.of("blob", postgres ? "BYTEA" : "BLOB");
  }
}
