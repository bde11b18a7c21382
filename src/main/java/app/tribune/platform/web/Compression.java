package app.tribune.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for responses whose bytes are known in advance (cached pages, versioned styles): compressed
 * once at the highest level, then served as many times as asked, so the cost per request is nil.
 */
public final class Compression {

  private Compression() {}

  /**
   * Whether an {@code Accept-Encoding} header lets us answer in gzip: {@code gzip} or {@code *}
   * listed without {@code q=0}.
   */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String item : acceptEncoding.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].trim().toLowerCase(Locale.ROOT);
      if ((coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*"))
          && !refused(parts)) {
        return true;
      }
    }
    return false;
  }

  private static boolean refused(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).trim()) <= 0;
        } catch (NumberFormatException e) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code bytes} gzipped at the best compression level. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Gzip into memory failed", e);
    }
    return out.toByteArray();
  }
}
