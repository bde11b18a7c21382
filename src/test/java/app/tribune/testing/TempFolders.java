package app.tribune.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throw-away folders under the system temp folder, for the fixtures' servers and browsers. */
final class TempFolders {

  private static final System.Logger LOG = System.getLogger(TempFolders.class.getName());

  private TempFolders() {}

  /** Creates a new empty folder, readable by its owner only. */
  static Path create(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder " + prefix, e);
    }
  }

  /**
   * Deletes a folder and everything in it. A failure is only logged: a leftover temp folder must
   * not turn a passing test red.
   */
  static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not delete {0}: {1}", root, e.getMessage());
    }
  }
}
