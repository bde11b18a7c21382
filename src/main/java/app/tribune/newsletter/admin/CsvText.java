package app.tribune.newsletter.admin;

import app.tribune.platform.rules.RuleViolationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file. UTF-8 (with or without the byte-order mark Excel writes) is
 * read as such; anything else is taken for Windows-1252, which is what Excel on a Belgian Windows
 * saves as "CSV". A file with bytes no text file has (NUL, most control characters) is refused
 * before anything tries to read it as rows.
 */
public final class CsvText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvText() {}

  /**
   * Decodes {@code bytes}.
   *
   * @throws RuleViolationException {@code subscriberImport.error.notText} for a binary file
   */
  public static String decode(byte[] bytes) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        throw new RuleViolationException(
            "subscriberImport.error.notText", "Not a text file: control character " + (int) c);
      }
    }
    return text;
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
