package app.tribune.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the site's own static files with a version taken from their content, so browsers may
 * keep each one for a year and still get a changed file at once: its address changes with it.
 * Public pages link their styles this way instead of through JSF resource handling, which would
 * also pull in PrimeFaces scripts that readers do not need.
 */
@Named
@ApplicationScoped
public class StaticAssets {

  private static final int VERSION_LENGTH = 12;

  @Inject private ServletContext servletContext;

  private final Map<String, String> versioned = new ConcurrentHashMap<>();
  private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

  /** {@code /resources/tribune/css/site.css?v=…} for {@code tribune/css/site.css}. */
  public String url(String path) {
    return versioned.computeIfAbsent(
        path,
        p ->
            servletContext.getContextPath()
                + "/resources/"
                + p
                + "?v="
                + contentHash("/resources/" + p));
  }

  /**
   * The file at {@code resource} (such as {@code /resources/tribune/css/site.css}) gzipped, kept
   * after the first request: files in the WAR never change while it runs.
   */
  Optional<byte[]> gzipped(String resource) {
    return Optional.ofNullable(
        gzipped.computeIfAbsent(resource, r -> read(r).map(Compression::gzip).orElse(null)));
  }

  private String contentHash(String resource) {
    byte[] content =
        read(resource)
            .orElseThrow(() -> new IllegalArgumentException("No static file " + resource));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest).substring(0, VERSION_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private Optional<byte[]> read(String resource) {
    try (InputStream in = servletContext.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
