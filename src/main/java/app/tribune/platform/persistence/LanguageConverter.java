package app.tribune.platform.persistence;

import app.tribune.platform.i18n.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Language} as its two-letter code, the form URLs and exports already use. */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

  @Override
  public String convertToDatabaseColumn(Language language) {
    return language == null ? null : language.code();
  }

  @Override
  public Language convertToEntityAttribute(String code) {
    return code == null ? null : Language.fromCode(code);
  }
}
