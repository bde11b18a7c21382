package app.tribune.media.web;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a served file (RFC 6266): the name the uploader gave,
 * in full as {@code filename*} (UTF-8, percent-encoded) and as a plain-ASCII {@code filename} for
 * the rare client that reads only that one.
 */
final class ContentDisposition {

  private ContentDisposition() {}

  /**
   * @param type {@code inline} or {@code attachment}
   * @param name the original file name
   */
  static String of(String type, String name) {
    return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
  }

  /** Printable ASCII only, without the quote and backslash that would end or escape the value. */
  static String asciiFallback(String name) {
    StringBuilder ascii = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return ascii.toString();
  }

  /** RFC 8187 encoding: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
  static String encode(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttrChar(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        encoded.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
