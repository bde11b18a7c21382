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
}
