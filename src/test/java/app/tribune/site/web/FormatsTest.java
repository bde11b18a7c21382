package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void datesReadTheWayEachLanguageWritesThem() {
    LocalDate date = LocalDate.of(2018, 12, 5);

    assertThat(Formats.longDate(Locale.FRENCH).format(date)).isEqualTo("5 décembre 2018");
    assertThat(Formats.longDate(Locale.forLanguageTag("nl")).format(date))
        .isEqualTo("5 december 2018");
    assertThat(Formats.longDate(Locale.ENGLISH).format(date)).isEqualTo("December 5, 2018");
  }

  @Test
  void fileSizesInKilobytesOrMegabytesWithTheLanguagesDecimalMark() {
    assertThat(Formats.fileSize(240_400, Locale.FRENCH)).isEqualTo("240 ko");
    assertThat(Formats.fileSize(120, Locale.FRENCH)).isEqualTo("1 ko");
    assertThat(Formats.fileSize(1_234_567, Locale.FRENCH)).isEqualTo("1,2 Mo");
    assertThat(Formats.fileSize(1_234_567, Locale.ENGLISH)).isEqualTo("1.2 MB");
    assertThat(Formats.fileSize(3_000_000, Locale.forLanguageTag("nl"))).isEqualTo("3 MB");
  }

  @Test
  void fileTypesAreTheUpperCaseExtension() {
    Formats formats = new Formats();

    assertThat(formats.fileType("Kit d’animation.pdf")).isEqualTo("PDF");
    assertThat(formats.fileType("affiche.v2.Docx")).isEqualTo("DOCX");
    assertThat(formats.fileType("LISEZMOI")).isEmpty();
    assertThat(formats.fileType("point.")).isEmpty();
    assertThat(formats.fileType(null)).isEmpty();
  }
}
