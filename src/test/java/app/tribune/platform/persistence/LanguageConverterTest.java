package app.tribune.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class LanguageConverterTest {

  private final LanguageConverter converter = new LanguageConverter();

  @Test
  void storesALanguageAsItsTwoLetterCode() {
    assertThat(converter.convertToDatabaseColumn(Language.NL)).isEqualTo("nl");
    assertThat(converter.convertToEntityAttribute("en")).isEqualTo(Language.EN);
  }

  @Test
  void keepsNullsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
