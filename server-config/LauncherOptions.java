import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Writes the JVM options that Payara Micro's launcher jar asks for in its manifest into a Java
 * argument file. run.sh starts Payara Micro from the launcher's class path rather than with
 * {@code -jar}, and the JVM reads {@code Add-Opens} and {@code Add-Exports} only for {@code -jar}.
 *
 * <p>Run by run.sh as a single-file program: {@code java LauncherOptions.java LAUNCHER OUTPUT}.
 */
public final class LauncherOptions {

  private LauncherOptions() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: LauncherOptions <launch-micro.jar> <output file>");
    }
    Attributes manifest;
    try (JarFile launcher = new JarFile(args[0])) {
      manifest = launcher.getManifest().getMainAttributes();
    }
    List<String> options = new ArrayList<>();
    addEach(options, "--add-opens=", manifest.getValue("Add-Opens"));
    addEach(options, "--add-exports=", manifest.getValue("Add-Exports"));
    Files.write(Path.of(args[1]), options);
  }

  private static void addEach(List<String> options, String option, String packages) {
    if (packages == null) {
      return;
    }
    for (String modulePackage : packages.trim().split("\\s+")) {
      options.add(option + modulePackage + "=ALL-UNNAMED");
    }
  }
}
