package app.tribune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoDocumentsTest {

  private final byte[] pdf =
      DemoDocuments.pdf(
          "Dossier « Des terres (pour) vivre »",
          List.of("L’accès à la terre, en quelques pages. ".repeat(20), "Bruxelles, 2025."));
  private final String text = new String(pdf, StandardCharsets.ISO_8859_1);

  @Test
  void isAPdfWhoseCrossReferencesPointAtItsObjects() {
    assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
    Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(text.substring(xref)).startsWith("xref\n0 8\n");

    Matcher entries = Pattern.compile("(\\d{10}) 00000 n \n").matcher(text.substring(xref));
    int object = 1;
    while (entries.find()) {
      assertThat(text.substring(Integer.parseInt(entries.group(1))))
          .startsWith(object + " 0 obj\n");
      object++;
    }
    assertThat(object).isEqualTo(8);
  }

  @Test
  void theContentStreamIsAsLongAsItSays() {
    Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
    assertThat(stream.find()).isTrue();
    int start = stream.end();
    int length = Integer.parseInt(stream.group(1));

    assertThat(text.substring(start + length)).startsWith("\nendstream");
  }

  @Test
  void textIsInWinAnsiWithParenthesesEscapedAndLongParagraphsWrapped() {
    assertThat(text).contains("(Dossier \u00AB Des terres \\(pour\\) vivre \u00BB) Tj");
    assertThat(text).contains("L\u0092acc\u00E8s");
    assertThat(text.lines().filter(line -> line.startsWith("BT /F2")).count()).isGreaterThan(5);
  }
}
