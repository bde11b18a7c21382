package app.tribune.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void storesInstantsAtUtcAndReadsThemBackUnchanged() {
    Instant instant = Instant.parse("2024-10-27T01:30:15.123456789Z");

    OffsetDateTime stored = converter.convertToDatabaseColumn(instant);

    assertThat(stored.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
  }

  @Test
  void readsValuesWrittenAtAnotherOffsetAsTheSameMoment() {
    OffsetDateTime brussels = OffsetDateTime.parse("2024-07-14T10:00:00+02:00");

    assertThat(converter.convertToEntityAttribute(brussels))
        .isEqualTo(Instant.parse("2024-07-14T08:00:00Z"));
  }

  @Test
  void keepsNullsNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
