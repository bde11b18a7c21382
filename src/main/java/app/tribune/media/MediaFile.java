package app.tribune.media;

import app.tribune.platform.rules.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;

/**
 * An upload that passed every check, in the form it is stored: its type found from its bytes, an
 * image re-encoded (so nothing but pixels survives: no metadata, no hidden payload) with its
 * narrower variants, a PDF as it came.
 *
 * @param originalName the name the uploader gave, checked, kept for display and downloads only
 * @param contentType the detected type of the stored bytes
 * @param bytes what is stored
 * @param width pixel width of an image, {@code null} for a document
 * @param height pixel height of an image, {@code null} for a document
 * @param variants narrower renditions of an image, narrowest first; none for a document
 */
public record MediaFile(
    String originalName,
    String contentType,
    byte[] bytes,
    Integer width,
    Integer height,
    List<ImageEncoder.Rendition> variants) {

  /** The size limit when the configuration names none: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final int MAX_NAME_LENGTH = 255;
  private static final String PDF = "application/pdf";
  private static final String SVG = "image/svg+xml";
  private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif");
  private static final String WEBP = "image/webp";

  // Only the magic-byte detector of Tika's core: it never looks at the name.
  private static final Tika TIKA = new Tika();

  /**
   * Reads and checks an upload, reading at most {@code maxBytes + 1} bytes whatever the stream
   * holds.
   *
   * @throws RuleViolationException with a {@code media.refused.*} key when the file is refused
   */
  public static MediaFile read(String name, InputStream in, long maxBytes) {
    String checkedName = checkName(name);
    byte[] bytes = readAtMost(in, maxBytes, checkedName);
    if (bytes.length == 0) {
      throw refused("media.refused.empty", "Empty file", checkedName);
    }
    String type = TIKA.detect(bytes);
    if (SVG.equals(type)) {
      throw refused("media.refused.svg", "SVG image", checkedName);
    }
    if (PDF.equals(type)) {
      return new MediaFile(checkedName, PDF, bytes, null, null, List.of());
    }
    if (WEBP.equals(type) && !canRead(WEBP)) {
      // The Java runtime reads WebP only with a plug-in; without one it cannot be re-encoded.
      throw refused("media.refused.webp", "No WebP reader", checkedName);
    }
    if (IMAGES.contains(type) || WEBP.equals(type)) {
      ImageEncoder.Encoded image =
          ImageEncoder.encode(bytes, "image/jpeg".equals(type), checkedName);
      return new MediaFile(
          checkedName,
          image.original().contentType(),
          image.original().bytes(),
          image.original().width(),
          image.original().height(),
          image.variants());
    }
    throw refused("media.refused.type", "Type " + type + " not accepted", checkedName);
  }

  /** SHA-256 of the stored bytes, lower-case hexadecimal. */
  public String checksum() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  public boolean isImage() {
    return width != null;
  }

  /**
   * The uploaded name, refused when it tries to be a path ({@code ../}, slashes) or hides
   * characters (controls, direction overrides) that could make it read as something else.
   */
  static String checkName(String name) {
    String stripped = name == null ? "" : name.strip();
    boolean hostile =
        stripped.isEmpty()
            || stripped.length() > MAX_NAME_LENGTH
            || stripped.equals(".")
            || stripped.equals("..")
            || stripped.indexOf('/') >= 0
            || stripped.indexOf('\\') >= 0
            || stripped
                .codePoints()
                .anyMatch(
                    c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    if (hostile) {
      throw refused("media.refused.name", "File name refused", "");
    }
    return stripped;
  }

  private static byte[] readAtMost(InputStream in, long maxBytes, String name) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > maxBytes) {
        throw refused(
            "media.refused.tooLarge", "Larger than " + maxBytes, name, megabytes(maxBytes));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean canRead(String type) {
    return ImageIO.getImageReadersByMIMEType(type).hasNext();
  }

  /** A size in megabytes, as the limit is shown to editors. */
  static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /**
   * A refusal whose message names the file (first argument) so that, among several files dropped at
   * once, the editor sees which one was refused.
   */
  static RuleViolationException refused(String key, String reason, String name, Object... more) {
    Object[] arguments = new Object[more.length + 1];
    arguments[0] = name;
    System.arraycopy(more, 0, arguments, 1, more.length);
    return new RuleViolationException(key, reason, arguments);
  }
}
