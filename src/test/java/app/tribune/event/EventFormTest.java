package app.tribune.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventFormTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void timesTypedInBrusselsAreStoredAsTheMomentsTheyMeanInSummerAndWinter() {
    EventForm form = new EventForm();
    form.setStart(LocalDateTime.of(2026, 7, 4, 19, 30));
    form.setEnd(LocalDateTime.of(2026, 12, 5, 9, 0));

    assertThat(form.startsAt(BRUSSELS)).isEqualTo(Instant.parse("2026-07-04T17:30:00Z"));
    assertThat(form.endsAt(BRUSSELS)).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
  }

  @Test
  void anAllDayEventCoversItsWholeDaysWhateverTheTimesTyped() {
    EventForm form = new EventForm();
    form.setAllDay(true);
    form.setStart(LocalDateTime.of(2026, 4, 11, 14, 0));
    form.setEnd(LocalDateTime.of(2026, 4, 12, 10, 0));

    assertThat(form.startsAt(BRUSSELS)).isEqualTo(Instant.parse("2026-04-10T22:00:00Z"));
    assertThat(form.endsAt(BRUSSELS)).isEqualTo(Instant.parse("2026-04-12T22:00:00Z"));
  }

  @Test
  void anAllDayEventReadsBackWithTheLastDayTheEditorTyped() {
    Event event =
        new Event(
            "Week-end militant",
            "week-end-militant",
            Instant.parse("2026-04-10T22:00:00Z"),
            Instant.parse("2026-04-12T22:00:00Z"));
    event.setAllDay(true);

    EventForm form = EventForm.of(event, BRUSSELS);

    assertThat(form.getStart()).isEqualTo(LocalDateTime.of(2026, 4, 11, 0, 0));
    assertThat(form.getEnd().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 12));
    assertThat(form.endsAt(BRUSSELS)).isEqualTo(event.getEndsAt());
  }
}
