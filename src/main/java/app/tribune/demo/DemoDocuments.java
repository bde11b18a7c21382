package app.tribune.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the downloadable documents of the demo content: one-page PDFs with a title and a few
 * paragraphs, in the standard Helvetica fonts every PDF reader has, so nothing is embedded or
 * fetched.
 */
final class DemoDocuments {

  private static final int PAGE_WIDTH = 595;
  private static final int PAGE_HEIGHT = 842;
  private static final int MARGIN = 56;
  private static final int TITLE_SIZE = 18;
  private static final int TEXT_SIZE = 11;
  private static final int LEADING = 15;

  /** Characters per line: Helvetica at 11 points averages about 5.5 points a character. */
  private static final int LINE_LENGTH = 85;

  /** Characters outside Latin-1 that WinAnsiEncoding still has, with their byte there. */
  private static final Map<Character, Integer> WIN_ANSI =
      Map.ofEntries(
          Map.entry('€', 0x80),
          Map.entry('…', 0x85),
          Map.entry('Œ', 0x8C),
          Map.entry('‘', 0x91),
          Map.entry('’', 0x92),
          Map.entry('“', 0x93),
          Map.entry('”', 0x94),
          Map.entry('–', 0x96),
          Map.entry('—', 0x97),
          Map.entry('œ', 0x9C),
          Map.entry('\u202F', 0xA0));

  private DemoDocuments() {}

  /** A one-page A4 PDF: the title in bold, then the paragraphs, wrapped at word boundaries. */
  static byte[] pdf(String title, List<String> paragraphs) {
    StringBuilder content = new StringBuilder();
    int y = PAGE_HEIGHT - MARGIN - TITLE_SIZE;
    content.append(line("F1", TITLE_SIZE, y, title));
    y -= 2 * LEADING;
    for (String paragraph : paragraphs) {
      for (String line : wrap(paragraph)) {
        if (y < MARGIN) {
          break;
        }
        content.append(line("F2", TEXT_SIZE, y, line));
        y -= LEADING;
      }
      y -= LEADING / 2;
    }
    byte[] stream = winAnsi(content.toString());

    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(
        ascii(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
                + PAGE_WIDTH
                + ' '
                + PAGE_HEIGHT
                + "] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"));
    objects.add(ascii(font("Helvetica-Bold")));
    objects.add(ascii(font("Helvetica")));
    ByteArrayOutputStream contentObject = new ByteArrayOutputStream();
    contentObject.writeBytes(ascii("<< /Length " + stream.length + " >>\nstream\n"));
    contentObject.writeBytes(stream);
    contentObject.writeBytes(ascii("\nendstream"));
    objects.add(contentObject.toByteArray());
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.writeBytes(ascii("<< /Title ("));
    info.writeBytes(winAnsi(escape(title)));
    info.writeBytes(ascii(") /Producer (Tribune demo content) >>"));
    objects.add(info.toByteArray());
    return assemble(objects);
  }

  /** The file around the objects: header, objects numbered from 1, cross-reference table. */
  private static byte[] assemble(List<byte[]> objects) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    // A comment with bytes above 127 tells transfer tools the file is binary.
    pdf.writeBytes(ascii("%PDF-1.4\n%"));
    pdf.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
      pdf.writeBytes(objects.get(i));
      pdf.writeBytes(ascii("\nendobj\n"));
    }
    int xref = pdf.size();
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(objects.size() + 1).append('\n');
    // Each entry is exactly 20 bytes, its end of line included.
    table.append("0000000000 65535 f \n");
    offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
    table
        .append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R /Info ")
        .append(objects.size())
        .append(" 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    pdf.writeBytes(ascii(table.toString()));
    return pdf.toByteArray();
  }

  private static String font(String name) {
    return "<< /Type /Font /Subtype /Type1 /BaseFont /" + name + " /Encoding /WinAnsiEncoding >>";
  }

  private static String line(String font, int size, int y, String text) {
    return "BT /"
        + font
        + ' '
        + size
        + " Tf "
        + MARGIN
        + ' '
        + y
        + " Td ("
        + escape(text)
        + ") Tj ET\n";
  }

  private static List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_LENGTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Parentheses and backslashes are the only characters a PDF literal string must escape. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
  }

  private static byte[] winAnsi(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Integer mapped = WIN_ANSI.get(c);
      bytes[i] = (byte) (mapped != null ? mapped : c <= 0xFF ? c : '?');
    }
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
