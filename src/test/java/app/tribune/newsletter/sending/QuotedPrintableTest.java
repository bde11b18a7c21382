package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedPrintableTest {

  @Test
  void printableAsciiStaysAndTheRestIsWrittenAsHexOfItsUtf8Bytes() {
    assertThat(ascii(QuotedPrintable.encode("Café = 1 €"))).isEqualTo("Caf=C3=A9 =3D 1 =E2=82=AC");
  }

  @Test
  void aSpaceOrTabEndingALineIsEncodedSoNoServerCanDropIt() {
    assertThat(ascii(QuotedPrintable.encode("fin \nsuite\t\r\nbout ")))
        .isEqualTo("fin=20\r\nsuite=09\r\nbout=20");
  }

  @Test
  void everyTextComesBackAsItWasAndNoLineIsLongerThanSeventySixCharacters() throws Exception {
    for (String text :
        List.of(
            "",
            "x".repeat(500),
            "é".repeat(200),
            "=".repeat(80) + "\n" + " ".repeat(90),
            "<p style=\"color: #333; font-family: Georgia, serif\">Été à Liège</p>".repeat(20),
            "ligne\r\nautre ligne\n\nfin 🌍 " + "a".repeat(74) + " \n" + "b".repeat(75) + "é",
            "\r seul")) {
      String encoded = ascii(QuotedPrintable.encode(text));

      assertThat(encoded.split("\r\n", -1)).allMatch(line -> line.length() <= 76);
      assertThat(encoded).doesNotContain(" \r\n", "\t\r\n").doesNotEndWith(" ");
      assertThat(decode(encoded)).isEqualTo(text.replace("\r\n", "\n").replace("\n", "\r\n"));
    }
  }

  @Test
  void textsEncodedOneAfterTheOtherDecodeAsTheirJoinAndKeepShortLines() throws Exception {
    List<String> texts = List.of("Bonjour ", "Zoé", "x".repeat(75), " fin\n", "", "é".repeat(30));
    StringBuilder encoded = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      encoded.append(ascii(QuotedPrintable.encode(texts.get(i), i < texts.size() - 1)));
    }

    assertThat(encoded.toString().split("\r\n", -1)).allMatch(line -> line.length() <= 76);
    assertThat(decode(encoded.toString())).isEqualTo(String.join("", texts).replace("\n", "\r\n"));
  }

  private static String ascii(byte[] bytes) {
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  private static String decode(String encoded) throws Exception {
    try (InputStream in =
        MimeUtility.decode(
            new ByteArrayInputStream(encoded.getBytes(StandardCharsets.US_ASCII)),
            "quoted-printable")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
