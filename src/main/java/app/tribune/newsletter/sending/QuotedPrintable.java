package app.tribune.newsletter.sending;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable (RFC 2045, section 6.7) of a text's UTF-8 bytes, in one pass over an array.
 * Jakarta Mail encodes a part through a chain of filter streams a byte at a time, and with the
 * character encoding before it that was a sixth of the processor time of each newsletter copy.
 *
 * <p>Line ends of the text ({@code \n} or {@code \r\n}) become CRLF; a line longer than 76
 * characters is cut with soft breaks ({@code =} at the end); a space or tab ending a line is
 * encoded, so that no mail server can strip it. Encoded texts can be joined: one encoded as {@code
 * continued} ends in a soft break unless it ended a line, so the next starts a line of its own and
 * the whole decodes to the texts one after the other.
 */
final class QuotedPrintable {

  private static final int MAX_LINE = 76;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private QuotedPrintable() {}

  static byte[] encode(String text) {
    return encode(text, false);
  }

  /**
   * @param continued whether more encoded text follows this one
   */
  static byte[] encode(String text, boolean continued) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    // At worst every byte takes three characters, plus a soft break every 25 of them.
    byte[] out = new byte[in.length * 3 + in.length / 24 * 3 + 8];
    int length = 0;
    int column = 0;
    for (int i = 0; i < in.length; i++) {
      int b = in[i] & 0xFF;
      if (b == '\n' || (b == '\r' && i + 1 < in.length && in[i + 1] == '\n')) {
        if (b == '\r') {
          i++;
        }
        out[length++] = '\r';
        out[length++] = '\n';
        column = 0;
        continue;
      }
      boolean lineEnds = i + 1 == in.length ? !continued : in[i + 1] == '\n' || in[i + 1] == '\r';
      boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEnds);
      int width = literal ? 1 : 3;
      // Room is kept for the "=" of a soft break, unless this is the line's last character.
      if (column + width > (lineEnds ? MAX_LINE : MAX_LINE - 1)) {
        out[length++] = '=';
        out[length++] = '\r';
        out[length++] = '\n';
        column = 0;
      }
      if (literal) {
        out[length++] = (byte) b;
      } else {
        out[length++] = '=';
        out[length++] = HEX[b >> 4];
        out[length++] = HEX[b & 0xF];
      }
      column += width;
    }
    if (continued && column > 0) {
      out[length++] = '=';
      out[length++] = '\r';
      out[length++] = '\n';
    }
    return Arrays.copyOf(out, length);
  }
}
