package app.tribune.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AdminLanguageTest {

  private static Language from(String... tags) {
    return AdminLanguage.fromBrowser(
        java.util.Arrays.stream(tags).map(Locale::forLanguageTag).iterator());
  }

  @Test
  void theLoginPageFollowsTheBrowserBetweenFrenchAndEnglish() {
    assertThat(from("en-GB", "fr")).isEqualTo(Language.EN);
    assertThat(from("fr-BE", "en")).isEqualTo(Language.FR);
    assertThat(from("nl-BE", "en-US")).isEqualTo(Language.EN);
  }

  @Test
  void frenchWhenTheBrowserNamesNeither() {
    assertThat(from("nl-BE", "de")).isEqualTo(Language.FR);
    assertThat(AdminLanguage.fromBrowser(List.<Locale>of().iterator())).isEqualTo(Language.FR);
  }
}
