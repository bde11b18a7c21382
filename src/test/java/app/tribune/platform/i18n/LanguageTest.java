package app.tribune.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void findsLanguagesByTheirCodeIgnoringCase() {
    assertThat(Language.fromCode("fr")).isEqualTo(Language.FR);
    assertThat(Language.fromCode(" NL ")).isEqualTo(Language.NL);
    assertThat(Language.EN.code()).isEqualTo("en");
  }

  @Test
  void refusesUnknownCodes() {
    assertThatIllegalArgumentException().isThrownBy(() -> Language.fromCode("de"));
    assertThatIllegalArgumentException().isThrownBy(() -> Language.fromCode(null));
  }
}
