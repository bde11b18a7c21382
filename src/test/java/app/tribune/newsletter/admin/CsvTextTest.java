package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void utf8WithOrWithoutByteOrderMarkReadsTheSame() {
    byte[] plain = "email;nom\nzoé@exemple.be;Zoé\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    assertThat(CsvText.decode(withBom)).isEqualTo(CsvText.decode(plain)).startsWith("email;");
  }

  @Test
  void excelsWindowsFilesAreReadAsWindows1252() {
    byte[] windows =
        "email;nom\nzoé@exemple.be;Zoé – ça va\n".getBytes(Charset.forName("windows-1252"));

    assertThat(CsvText.decode(windows)).contains("Zoé – ça va");
  }

  @Test
  void binaryGarbageIsRefusedAsNotText() {
    byte[] garbage = new byte[5 * 1024 * 1024];
    new Random(42).nextBytes(garbage);

    assertThatThrownBy(() -> CsvText.decode(garbage))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("subscriberImport.error.notText"));
  }

  @Test
  void aZipOrPdfSavedAsCsvIsRefused() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    assertThatThrownBy(() -> CsvText.decode(zip)).isInstanceOf(RuleViolationException.class);
  }
}
