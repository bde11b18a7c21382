package app.tribune.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} attributes in {@code TIMESTAMP WITH TIME ZONE} columns.
 *
 * <p>Jakarta Persistence 3.1 (EclipseLink 4.0) knows {@link OffsetDateTime} but not {@link
 * Instant}; writing at offset UTC keeps stored values independent of the server's time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
