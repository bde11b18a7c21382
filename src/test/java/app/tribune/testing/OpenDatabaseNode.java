package app.tribune.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * A server on a PostgreSQL database that tests also reach over JDBC, to write rows as another node
 * of the cluster would. Started on first use and shared by the tests that need one, since they only
 * add rows of their own; stopped when the JVM exits. Its data purge runs every ten seconds, so that
 * a test can watch a schedule at work: there is nothing old enough here for it to delete.
 */
public final class OpenDatabaseNode {

  /** How often, in seconds, the node's data purge is due. */
  public static final int PURGE_EVERY_SECONDS = 10;

  private static final String PURGE_SCHEDULE = "TRIBUNE_JOBS_PURGE_DATA_SCHEDULE";
  private static OpenDatabaseNode shared;

  private final PostgresServer database;
  private final TribuneServer server;

  private OpenDatabaseNode(PostgresServer database, TribuneServer server) {
    this.database = database;
    this.server = server;
  }

  public static synchronized OpenDatabaseNode shared() {
    if (shared == null) {
      PostgresServer database = PostgresServer.start();
      Map<String, String> environment = new HashMap<>(database.environment());
      environment.put(PURGE_SCHEDULE, "second=*/" + PURGE_EVERY_SECONDS + "; minute=*; hour=*");
      TribuneServer server = TribuneServer.start("open-database", environment);
      shared = new OpenDatabaseNode(database, server);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.stop();
                    database.close();
                  },
                  "open-database-node-stop"));
    }
    return shared;
  }

  public PostgresServer database() {
    return database;
  }

  public TribuneServer server() {
    return server;
  }
}
