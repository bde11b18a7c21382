package app.tribune.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void noBundleSaysTheSameKeyTwice() {
    for (String file :
        new String[] {"messages.properties", "messages_nl.properties", "messages_en.properties"}) {
      List<String> keys = new ArrayList<>();
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  BundlesTest.class.getResourceAsStream(file), StandardCharsets.UTF_8))) {
        in.lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.substring(0, line.indexOf('=')).strip())
            .forEach(keys::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // A second line with the same key silently replaces the first: one of them is a mistake.
      assertThat(keys).as(file).doesNotHaveDuplicates();
    }
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
