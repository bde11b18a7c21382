import app.tribune.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The PostgreSQL server of {@code BENCH_DB=postgresql bench/admin-list.sh}: the tests' own {@link
 * PostgresServer}, run with the test classpath as {@code java -cp … BenchPostgres.java FILE}. It
 * writes the portal's {@code TRIBUNE_DB_*} settings to FILE, one {@code NAME=value} a line, then
 * serves until it is stopped; its shutdown hook then stops PostgreSQL and deletes its folder.
 */
public final class BenchPostgres {

  public static void main(String[] args) throws IOException, InterruptedException {
    PostgresServer server = PostgresServer.start();
    String settings =
        server.environment().entrySet().stream()
            .map(setting -> setting.getKey() + '=' + setting.getValue())
            .sorted()
            .collect(Collectors.joining("\n", "", "\n"));
    Path file = Path.of(args[0]);
    Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".part"), settings);
    // Renamed once complete, so the script never reads half a file.
    Files.move(written, file);
    Thread.currentThread().join();
  }
}
