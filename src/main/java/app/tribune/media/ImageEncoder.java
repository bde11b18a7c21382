package app.tribune.media;

import app.tribune.platform.rules.RuleViolationException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes an uploaded image and writes its pixels again, at full size and at the narrower widths
 * public pages offer in their {@code srcset}. Only the pixels are carried over: EXIF (camera,
 * place), comments and anything appended to the file are left behind.
 *
 * <p>Photographs (JPEG) stay JPEG; PNG, GIF and WebP become PNG, which keeps transparency and is
 * written by every Java runtime (a GIF keeps its first frame only).
 */
public final class ImageEncoder {

  /** The widths of the variants, made only when narrower than the image itself. */
  public static final List<Integer> VARIANT_WIDTHS = List.of(480, 960, 1600);

  /** Larger images would take gigabytes to decode: a decompression bomb or a poster scan. */
  static final long MAX_PIXELS = 50_000_000L;

  private static final float JPEG_QUALITY = 0.85f;

  /** An image written in one size. */
  public record Rendition(int width, int height, String contentType, byte[] bytes) {}

  /** The full-size image and its variants. */
  public record Encoded(Rendition original, List<Rendition> variants) {}

  private ImageEncoder() {}

  /**
   * @param photo whether the upload is a JPEG, to be written as one again
   * @param name the uploaded name, for messages
   * @throws RuleViolationException when the bytes are not a complete image this runtime can decode,
   *     or too large to decode safely
   */
  static Encoded encode(byte[] bytes, boolean photo, String name) {
    BufferedImage decoded = decode(bytes, name);
    String type = photo ? "image/jpeg" : "image/png";
    BufferedImage pixels = copy(decoded, decoded.getWidth(), decoded.getHeight(), photo);
    Rendition original = write(pixels, type);
    List<Rendition> variants = new ArrayList<>();
    for (int width : VARIANT_WIDTHS) {
      if (width < pixels.getWidth()) {
        variants.add(write(scale(pixels, width, photo), type));
      }
    }
    return new Encoded(original, List.copyOf(variants));
  }

  private static BufferedImage decode(byte[] bytes, String name) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw unreadable(name, "no reader");
      }
      ImageReader reader = readers.next();
      try {
        // Metadata is never read: nothing of it is kept.
        reader.setInput(input, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw MediaFile.refused("media.refused.tooManyPixels", pixels + " pixels", name);
        }
        BufferedImage image = reader.read(0);
        if (image.getWidth() < 1 || image.getHeight() < 1) {
          throw unreadable(name, "no pixels");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (RuleViolationException refusal) {
      throw refusal;
    } catch (IOException | RuntimeException e) {
      // A truncated or corrupt file, or a variant of the format the decoder does not support.
      throw unreadable(name, e.toString());
    }
  }

  /** The pixels drawn into a fresh image of a standard type: opaque for JPEG, with alpha else. */
  private static BufferedImage copy(BufferedImage source, int width, int height, boolean opaque) {
    BufferedImage target =
        new BufferedImage(
            width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D graphics = target.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      if (opaque) {
        // Transparent pixels of a JPEG-bound image become white rather than black.
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
      }
      graphics.drawImage(source, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return target;
  }

  /**
   * Halves the image until the next halving would pass the target, then scales to it: one bilinear
   * step from a large photo to a thumbnail would skip most pixels and look jagged.
   */
  static BufferedImage scale(BufferedImage source, int width, boolean opaque) {
    int height = Math.max(1, Math.round(source.getHeight() * (float) width / source.getWidth()));
    BufferedImage current = source;
    while (current.getWidth() / 2 > width) {
      current = copy(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), opaque);
    }
    return copy(current, width, height, opaque);
  }

  private static Rendition write(BufferedImage image, String type) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(type).next();
    try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(output);
      ImageWriteParam parameters = writer.getDefaultWriteParam();
      if ("image/jpeg".equals(type)) {
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(JPEG_QUALITY);
      }
      writer.write(null, new IIOImage(image, null, null), parameters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return new Rendition(image.getWidth(), image.getHeight(), type, out.toByteArray());
  }

  private static RuntimeException unreadable(String name, String reason) {
    return MediaFile.refused("media.refused.unreadable", "Unreadable image: " + reason, name);
  }
}
