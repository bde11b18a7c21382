package app.tribune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The real WAR on a real Payara Micro, started once per test JVM through the same {@code run.sh} a
 * newcomer uses. Failsafe runs the integration tests twice, with the system property {@code
 * tribune.it.database} set to {@code h2} and then {@code postgresql}; the server follows it.
 */
public final class TribuneServer {

  private static final Logger LOG = Logger.getLogger(TribuneServer.class.getName());
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static TribuneServer shared;
  private static final Map<String, TribuneServer> serversApart = new HashMap<>();

  private final Process process;
  private final String baseUrl;
  private final String adminPassword;
  private final String database;
  private final Path projectDir;
  private final Path workDir;
  private final Map<String, String> extra;
  private final Path log;

  private TribuneServer(
      Process process,
      String baseUrl,
      String adminPassword,
      String database,
      Path projectDir,
      Path workDir,
      Map<String, String> extra,
      Path log) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
    this.database = database;
    this.projectDir = projectDir;
    this.workDir = workDir;
    this.extra = Map.copyOf(extra);
    this.log = log;
  }

  /** The server of this test run, started on first use and stopped when the JVM exits. */
  public static synchronized TribuneServer shared() {
    if (shared == null) {
      shared = startForThisPass("", Map.of());
    }
    return shared;
  }

  /**
   * A second server of this run, for tests that write content: started on first use on a database
   * of its own, so that tests reading the demo content on {@link #shared()} find it as loaded.
   */
  public static synchronized TribuneServer apart(String name) {
    return serversApart.computeIfAbsent(name, key -> startForThisPass(key + "-", Map.of()));
  }

  /** A server on this pass's database (a PostgreSQL of its own in the PostgreSQL pass). */
  private static TribuneServer startForThisPass(String prefix, Map<String, String> extra) {
    String database = System.getProperty("tribune.it.database", "h2");
    Map<String, String> environment = new HashMap<>(extra);
    if ("postgresql".equals(database)) {
      environment.putAll(PostgresServer.start().environment());
    }
    TribuneServer server = start(prefix + database, environment);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "tribune-server-stop"));
    return server;
  }

  /**
   * Starts one more server with its own port and data folder; the caller stops it. {@code extra}
   * adds or overrides environment variables (a database URL, an SMTP host).
   */
  public static TribuneServer start(String name, Map<String, String> extra) {
    Path projectDir = Path.of(System.getProperty("tribune.project.dir", ".")).toAbsolutePath();
    Path workDir = projectDir.resolve("target/it").resolve(name + "-" + UUID.randomUUID());
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return launch(projectDir, workDir, name, extra, "it-" + UUID.randomUUID());
  }

  /** Starts this stopped server again on its data folder, as a second {@code ./run.sh} would. */
  public TribuneServer restart() {
    stop();
    return launch(projectDir, workDir, database, extra, adminPassword);
  }

  private static TribuneServer launch(
      Path projectDir, Path workDir, String name, Map<String, String> extra, String adminPassword) {
    int port = freePort();
    Path dataDir = workDir.resolve("data");
    Path log = workDir.resolve("server-" + port + ".log");

    ProcessBuilder builder = new ProcessBuilder(List.of(projectDir.resolve("run.sh").toString()));
    builder.directory(projectDir.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("TRIBUNE_"));
    env.put("TRIBUNE_SKIP_BUILD", "true");
    env.put("TRIBUNE_HTTP_PORT", Integer.toString(port));
    env.put("TRIBUNE_DATA_DIR", dataDir.toString());
    env.put("TRIBUNE_ADMIN_PASSWORD", adminPassword);
    env.putAll(extra);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());

    LOG.info(
        () -> "Starting Tribune on Payara Micro (" + name + ") on port " + port + ", log " + log);
    Instant started = Instant.now();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run run.sh", e);
    }
    TribuneServer server =
        new TribuneServer(
            process,
            "http://localhost:" + port,
            adminPassword,
            name,
            projectDir,
            workDir,
            extra,
            log);
    server.awaitHealthy(started);
    LOG.info(
        () ->
            "Tribune ("
                + name
                + ") ready in "
                + Duration.between(started, Instant.now()).toSeconds()
                + " s");
    return server;
  }

  private void awaitHealthy(Instant started) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with code " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && isApplicationDeployed(client)) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
      }
      sleep(Duration.ofMillis(500));
    }
    stop();
    throw new IllegalStateException(
        "Payara Micro was not ready in " + START_TIMEOUT + ":\n" + logTail());
  }

  private boolean isApplicationDeployed(HttpClient client)
      throws IOException, InterruptedException {
    HttpResponse<Void> home =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/")).build(),
            HttpResponse.BodyHandlers.discarding());
    return home.statusCode() == 200;
  }

  /** Stops the server as Ctrl-C would and waits for it to exit. */
  public void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /** Ends the server at once, as a power cut would: no shutdown hook runs, nothing is flushed. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public String adminPassword() {
    return adminPassword;
  }

  /** {@code h2} or {@code postgresql}, or the name a test gave its own server. */
  public String database() {
    return database;
  }

  public Path dataDir() {
    return workDir.resolve("data");
  }

  /** Everything the server printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String logTail() {
    List<String> lines = log().lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
