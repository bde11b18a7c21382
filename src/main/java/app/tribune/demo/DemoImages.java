package app.tribune.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the pictures of the demo content, so that a first start shows a lively site without
 * fetching anything: landscape-like illustrations for articles and events, and logos for funders.
 *
 * <p>Everything follows from the arguments: the same seed gives the same bytes, so restarting on an
 * empty database gives the same site again.
 */
final class DemoImages {

  private static final int HILL_POINTS = 24;

  private DemoImages() {}

  /**
   * An abstract countryside in the hues of {@code paletteHex}: gradient sky, sun, floating discs,
   * layered hills with fields and a few trees.
   */
  static byte[] illustration(String seed, String paletteHex, int width, int height) {
    requirePositive(width, height);
    float[] base = hsb(paletteHex);
    var random = new SplittableRandom(seed.hashCode());
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      smooth(g);
      Color horizon = paintSky(g, random, base, width, height);
      paintSun(g, random, width, height);
      paintDiscs(g, random, base, width, height);
      paintHills(g, random, base, horizon, width, height);
    } finally {
      g.dispose();
    }
    return png(image);
  }

  /** A square funder logo: a rounded tile in {@code paletteHex} with white bold initials. */
  static byte[] logo(String initials, String paletteHex, int size) {
    requirePositive(size, size);
    if (initials == null || initials.isBlank() || initials.strip().length() > 3) {
      throw new IllegalArgumentException("A logo needs one to three initials: " + initials);
    }
    float[] base = hsb(paletteHex);
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      smooth(g);
      float arc = size * 0.28f;
      Shape tile = new RoundRectangle2D.Float(0, 0, size, size, arc, arc);
      g.setPaint(
          new GradientPaint(
              0, 0, shade(base, 0, -0.05f, 0.12f), size, size, shade(base, 0, 0.05f, -0.08f)));
      g.fill(tile);
      float inset = size * 0.07f;
      g.setColor(new Color(255, 255, 255, 70));
      g.setStroke(new BasicStroke(Math.max(1f, size * 0.018f)));
      g.draw(
          new RoundRectangle2D.Float(
              inset, inset, size - 2 * inset, size - 2 * inset, arc * 0.7f, arc * 0.7f));
      paintInitials(g, initials.strip().toUpperCase(Locale.ROOT), size);
    } finally {
      g.dispose();
    }
    return png(image);
  }

  private static void paintInitials(Graphics2D g, String text, int size) {
    Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
    Shape outline = font.createGlyphVector(g.getFontRenderContext(), text).getOutline();
    Rectangle2D bounds = outline.getBounds2D();
    // Scale on the glyphs' own ink, not on font metrics, so that "AB" and "W" look equally centred
    // whatever font the machine provides.
    double scale = Math.min(size * 0.62 / bounds.getWidth(), size * 0.40 / bounds.getHeight());
    var saved = g.getTransform();
    g.translate(size / 2.0, size / 2.0);
    g.scale(scale, scale);
    g.translate(-bounds.getCenterX(), -bounds.getCenterY());
    g.setColor(Color.WHITE);
    g.fill(outline);
    g.setTransform(saved);
  }

  private static Color paintSky(
      Graphics2D g, SplittableRandom random, float[] base, int width, int height) {
    float hue = base[0] + (float) random.nextDouble(-0.08, 0.08);
    // A pale sky whatever the palette: a saturated one would fight with the hills.
    Color top =
        Color.getHSBColor(
            hue - (float) Math.floor(hue),
            Math.min(0.3f, base[1] * 0.45f),
            Math.max(0.88f, base[2]));
    float warmHue = (float) random.nextDouble(0.06, 0.14);
    Color horizon = Color.getHSBColor(warmHue, (float) random.nextDouble(0.12, 0.25), 1f);
    g.setPaint(new GradientPaint(0, 0, top, 0, height * 0.7f, horizon));
    g.fillRect(0, 0, width, height);
    return horizon;
  }

  private static void paintSun(Graphics2D g, SplittableRandom random, int width, int height) {
    float radius = (float) (height * random.nextDouble(0.07, 0.12));
    float x = (float) (width * random.nextDouble(0.15, 0.85));
    float y = (float) (height * random.nextDouble(0.16, 0.36));
    Color core = new Color(255, 244, 214);
    g.setPaint(
        new RadialGradientPaint(
            x,
            y,
            radius * 3.5f,
            new float[] {0f, 0.3f, 1f},
            new Color[] {withAlpha(core, 170), withAlpha(core, 60), withAlpha(core, 0)}));
    g.fill(circle(x, y, radius * 3.5f));
    g.setColor(core);
    g.fill(circle(x, y, radius));
  }

  private static void paintDiscs(
      Graphics2D g, SplittableRandom random, float[] base, int width, int height) {
    int count = random.nextInt(3, 7);
    for (int i = 0; i < count; i++) {
      float radius = (float) (height * random.nextDouble(0.08, 0.3));
      float x = (float) (width * random.nextDouble());
      float y = (float) (height * random.nextDouble(0.05, 0.5));
      Color color = shade(base, (float) random.nextDouble(-0.12, 0.12), -0.2f, 0.2f);
      g.setColor(withAlpha(color, random.nextInt(22, 48)));
      g.fill(circle(x, y, radius));
    }
  }

  private static void paintHills(
      Graphics2D g, SplittableRandom random, float[] base, Color horizon, int width, int height) {
    int layers = random.nextInt(3, 6);
    double top = height * random.nextDouble(0.42, 0.58);
    double step = (height * 0.92 - top) / layers;
    for (int layer = 0; layer < layers; layer++) {
      // Far hills fade into the sky and near ones darken, which is what gives depth.
      float nearness = (layer + 1f) / layers;
      var ridge = new Ridge(random, top + layer * step, height * (0.09 - 0.04 * nearness), width);
      Path2D shape = ridge.shape(height);
      Color own =
          shade(
              base,
              (float) random.nextDouble(-0.06, 0.06),
              -0.35f + 0.35f * nearness,
              0.2f - 0.35f * nearness);
      Color color = mix(horizon, own, 0.35f + 0.65f * nearness);
      g.setPaint(
          new GradientPaint(
              0, (float) ridge.baseline, color, 0, height, mix(color, Color.BLACK, 0.18f)));
      g.fill(shape);
      var clip = g.getClip();
      g.clip(shape);
      if (layer == layers - 1) {
        paintFurrows(g, ridge, color, width, height);
      } else if (random.nextInt(3) == 0) {
        paintFields(g, random, base, width, height);
      }
      g.setClip(clip);
      if (layer == layers - 2) {
        paintTrees(g, random, ridge, color, width, height);
      }
    }
  }

  private static void paintFurrows(Graphics2D g, Ridge ridge, Color color, int width, int height) {
    g.setColor(withAlpha(mix(color, Color.WHITE, 0.5f), 45));
    g.setStroke(new BasicStroke(Math.max(1f, height / 260f)));
    for (double offset = height * 0.035; offset < height; offset += height * 0.035) {
      double depth = offset;
      Path2D line = new Path2D.Double();
      line.moveTo(0, ridge.y(0) + depth);
      // Furrows spread slightly towards the right, as if the field ran away from the viewer.
      curve(line, width, x -> ridge.y(x) + depth * (1 + 0.2 * x / width));
      g.draw(line);
    }
  }

  private static void paintFields(
      Graphics2D g, SplittableRandom random, float[] base, int width, int height) {
    double x = -width * 0.1;
    double slant = width * random.nextDouble(-0.15, 0.15);
    while (x < width * 1.1) {
      double bandWidth = width * random.nextDouble(0.08, 0.22);
      Path2D band = new Path2D.Double();
      band.moveTo(x, 0);
      band.lineTo(x + bandWidth, 0);
      band.lineTo(x + bandWidth + slant, height);
      band.lineTo(x + slant, height);
      band.closePath();
      Color tint =
          random.nextBoolean()
              ? Color.getHSBColor((float) random.nextDouble(0.1, 0.16), 0.45f, 0.95f)
              : shade(base, 0, 0.1f, -0.1f);
      g.setColor(withAlpha(tint, random.nextInt(30, 70)));
      g.fill(band);
      x += bandWidth;
    }
  }

  private static void paintTrees(
      Graphics2D g, SplittableRandom random, Ridge ridge, Color hill, int width, int height) {
    int count = random.nextInt(0, 6);
    Color crown = mix(hill, Color.BLACK, 0.25f);
    g.setStroke(
        new BasicStroke(
            Math.max(1f, height / 200f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < count; i++) {
      double x = width * random.nextDouble(0.05, 0.95);
      double ground = ridge.y(x) + height * 0.01;
      double trunk = height * random.nextDouble(0.03, 0.06);
      double radius = trunk * random.nextDouble(0.45, 0.7);
      g.setColor(mix(crown, Color.BLACK, 0.2f));
      g.draw(new Line2D.Double(x, ground, x, ground - trunk));
      g.setColor(crown);
      g.fill(circle((float) x, (float) (ground - trunk - radius * 0.6), (float) radius));
    }
  }

  /** The top edge of one hill: a baseline with a few gentle waves on it. */
  private static final class Ridge {
    private final double baseline;
    private final int width;
    private final double[] amplitude = new double[3];
    private final double[] frequency = new double[3];
    private final double[] phase = new double[3];

    Ridge(SplittableRandom random, double baseline, double waveHeight, int width) {
      this.baseline = baseline;
      this.width = width;
      for (int i = 0; i < 3; i++) {
        amplitude[i] = waveHeight * random.nextDouble(0.2, 1.0) / (i + 1);
        frequency[i] = random.nextDouble(0.6, 1.6) * (i + 1) * Math.PI;
        phase[i] = random.nextDouble(0, 2 * Math.PI);
      }
    }

    double y(double x) {
      double y = baseline;
      for (int i = 0; i < 3; i++) {
        y += amplitude[i] * Math.sin(frequency[i] * x / width + phase[i]);
      }
      return y;
    }

    Path2D shape(int height) {
      Path2D path = new Path2D.Double();
      path.moveTo(0, height);
      path.lineTo(0, y(0));
      curve(path, width, this::y);
      path.lineTo(width, height);
      path.closePath();
      return path;
    }
  }

  /** Continues {@code path}, which stands at x = 0, along y(x) up to the right edge. */
  private static void curve(Path2D path, int width, DoubleUnaryOperator y) {
    double previousX = 0;
    double previousY = y.applyAsDouble(0);
    for (int i = 1; i <= HILL_POINTS; i++) {
      double x = width * (double) i / HILL_POINTS;
      double next = y.applyAsDouble(x);
      // Curving through midpoints keeps the line smooth without computing a spline.
      path.quadTo(previousX, previousY, (previousX + x) / 2, (previousY + next) / 2);
      previousX = x;
      previousY = next;
    }
    path.lineTo(width, previousY);
  }

  private static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
  }

  private static float[] hsb(String hex) {
    if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("A palette colour looks like #RRGGBB: " + hex);
    }
    Color color = Color.decode(hex);
    return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
  }

  private static Color shade(float[] hsb, float hueShift, float saturation, float brightness) {
    float hue = hsb[0] + hueShift;
    return Color.getHSBColor(
        hue - (float) Math.floor(hue), clamp(hsb[1] + saturation), clamp(hsb[2] + brightness));
  }

  private static Color mix(Color from, Color to, float share) {
    return new Color(
        Math.round(from.getRed() + (to.getRed() - from.getRed()) * share),
        Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * share),
        Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * share));
  }

  private static Color withAlpha(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }

  private static float clamp(float value) {
    return Math.max(0f, Math.min(1f, value));
  }

  private static Ellipse2D circle(float x, float y, float radius) {
    return new Ellipse2D.Float(x - radius, y - radius, 2 * radius, 2 * radius);
  }

  private static void requirePositive(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("An image needs a positive size: " + width + "x" + height);
    }
  }

  private static byte[] png(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    // Light deflate: flat shapes compress well anyway, and the default level doubles the time.
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.8f);
    var out = new ByteArrayOutputStream(128 * 1024);
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      // Writing to memory cannot fail for I/O reasons; keep the signature clean for callers.
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
