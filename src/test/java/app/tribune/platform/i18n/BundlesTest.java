package app.tribune.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundlesTest {

  @Test
  void dutchAndEnglishTranslateEveryFrenchTextAndNothingElse() {
    Set<String> french = keys("messages.properties");

    assertThat(keys("messages_nl.properties")).containsExactlyInAnyOrderElementsOf(french);
    assertThat(keys("messages_en.properties")).containsExactlyInAnyOrderElementsOf(french);
  }

  private static Set<String> keys(String file) {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.stringPropertyNames();
  }
}
