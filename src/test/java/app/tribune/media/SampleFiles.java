package app.tribune.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Files as editors (and attackers) upload them, made on the fly for the media tests. */
public final class SampleFiles {

  /** What a hostile file carries; never to be found in what is stored or served. */
  public static final String SCRIPT = "<script>alert(document.cookie)</script>";

  private SampleFiles() {}

  /** A picture of the given size in the given format ("jpeg", "png", "gif"). */
  public static byte[] image(String format, int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(color);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.WHITE);
    graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A JPEG that is also an HTML page: a comment segment right after the start marker holds a
   * script, and more HTML follows the end of the image.
   */
  public static byte[] polyglotJpeg() {
    byte[] jpeg = image("jpeg", 640, 400, Color.BLUE);
    byte[] payload = ("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8);
    int length = payload.length + 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xff);
    out.write(0xfe);
    out.write(length >> 8);
    out.write(length & 0xff);
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  public static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\">"
            + SCRIPT
            + "<rect width=\"10\" height=\"10\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] html() {
    return ("<!DOCTYPE html>\n<html><head><title>x</title></head><body>"
            + SCRIPT
            + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The first half of a PNG: its signature and header are right, its pixels are cut off. */
  public static byte[] truncatedPng() {
    byte[] png = image("png", 300, 200, Color.RED);
    return Arrays.copyOf(png, png.length / 2);
  }

  /** A one-page PDF with no content, enough for a type detector and a PDF reader. */
  public static byte[] pdf() {
    return ("%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n"
            + "%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
