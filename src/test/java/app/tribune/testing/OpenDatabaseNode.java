package app.tribune.testing;

/**
 * A server on a PostgreSQL database that tests also reach over JDBC, to write rows as another node
 * of the cluster would. Started on first use and shared by the tests that need one, since they only
 * add rows of their own; stopped when the JVM exits.
 */
public final class OpenDatabaseNode {

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
      TribuneServer server = TribuneServer.start("open-database", database.environment());
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
