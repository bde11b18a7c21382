package app.tribune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class AdminLanguageTest {

  private static Language from(String header) {
    return AdminLanguage.fromBrowser(header);
  }

  @Test
  void theLoginPageFollowsTheBrowserBetweenFrenchAndEnglish() {
    assertThat(from("en-GB,en;q=0.9,fr;q=0.5")).isEqualTo(Language.EN);
    assertThat(from("fr-BE,en;q=0.7")).isEqualTo(Language.FR);
    assertThat(from("nl-BE, en-US;q=0.8")).isEqualTo(Language.EN);
    assertThat(from("fr;q=0.4, en;q=0.9")).isEqualTo(Language.EN);
  }

  @Test
  void frenchWhenTheBrowserNamesNeither() {
    assertThat(from("nl-BE,de;q=0.5")).isEqualTo(Language.FR);
    assertThat(from(null)).isEqualTo(Language.FR);
    assertThat(from(";;;q=zz")).isEqualTo(Language.FR);
  }
}
