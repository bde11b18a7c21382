package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.media.MediaAsset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final Locale FRENCH = Locale.FRENCH;
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void datesReadTheWayEachLanguageWritesThem() {
    LocalDate date = LocalDate.of(2018, 12, 5);

    assertThat(Formats.longDate(Locale.FRENCH).format(date)).isEqualTo("5 décembre 2018");
    assertThat(Formats.longDate(Locale.forLanguageTag("nl")).format(date))
        .isEqualTo("5 december 2018");
    assertThat(Formats.longDate(Locale.ENGLISH).format(date)).isEqualTo("5 December 2018");
  }

  @Test
  void frenchWritesTheFirstOfTheMonthAsAnOrdinal() {
    LocalDate first = LocalDate.of(2026, 10, 1);

    assertThat(Formats.longDate(FRENCH).format(first)).isEqualTo("1er octobre 2026");
    assertThat(Formats.fullDate(FRENCH).format(first)).isEqualTo("jeudi 1er octobre 2026");
    assertThat(Formats.longDate(FRENCH).format(first.plusDays(1))).isEqualTo("2 octobre 2026");
    assertThat(Formats.longDate(FRENCH).format(first.plusDays(10))).isEqualTo("11 octobre 2026");
    assertThat(Formats.longDate(DUTCH).format(first)).isEqualTo("1 oktober 2026");
    assertThat(Formats.longDate(Locale.ENGLISH).format(first)).isEqualTo("1 October 2026");
  }

  @Test
  void englishDatesAreBritish() {
    LocalDate date = LocalDate.of(2025, 11, 27);

    assertThat(Formats.longDate(Locale.ENGLISH).format(date)).isEqualTo("27 November 2025");
    assertThat(Formats.fullDate(Locale.ENGLISH).format(date))
        .isEqualTo("Thursday, 27 November 2025");
  }

  @Test
  void fileSizesReadTheWayEachLanguageWritesThem() {
    assertThat(Formats.fileSize(1_234_567, FRENCH)).isEqualTo("1,2\u00A0Mo");
    assertThat(Formats.fileSize(1_234_567, DUTCH)).isEqualTo("1,2\u00A0MB");
    assertThat(Formats.fileSize(1_234_567, Locale.ENGLISH)).isEqualTo("1.2\u00A0MB");
    assertThat(Formats.fileSize(850, FRENCH)).isEqualTo("850\u00A0o");
    assertThat(Formats.fileSize(350_400, FRENCH)).isEqualTo("350\u00A0ko");
    assertThat(Formats.fileSize(12_345_678, FRENCH)).isEqualTo("12\u00A0Mo");
    assertThat(Formats.fileSize(2_000_000, FRENCH)).isEqualTo("2\u00A0Mo");
    assertThat(Formats.fileSize(3_500_000_000L, FRENCH)).isEqualTo("3,5\u00A0Go");
    assertThat(Formats.fileSize(0, FRENCH)).isEqualTo("0\u00A0o");
  }

  @Test
  void aSizeJustUnderTheNextUnitIsWrittenInThatUnit() {
    assertThat(Formats.fileSize(999_499, FRENCH)).isEqualTo("999\u00A0ko");
    assertThat(Formats.fileSize(999_600, FRENCH)).isEqualTo("1\u00A0Mo");
  }

  @Test
  void fileTypesAreNamedInWordsReadersKnow() {
    assertThat(Formats.fileType(asset("rapport.pdf", "application/pdf"), FRENCH)).isEqualTo("PDF");
    assertThat(
            Formats.fileType(
                asset(
                    "budget.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                FRENCH))
        .isEqualTo("tableur Excel");
    assertThat(Formats.fileType(asset("comptes.csv", "text/csv; charset=UTF-8"), DUTCH))
        .isEqualTo("CSV-tabel");
    assertThat(Formats.fileType(asset("carte.gpx", "application/gpx+xml"), FRENCH))
        .isEqualTo("GPX");
    assertThat(Formats.fileType(asset("sans-extension", "application/x-unknown"), FRENCH))
        .isEqualTo("fichier");
  }

  private static MediaAsset asset(String name, String contentType) {
    return new MediaAsset(name, contentType, 1, "0".repeat(64), "test", Instant.EPOCH);
  }
}
