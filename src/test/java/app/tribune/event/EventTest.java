package app.tribune.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final Instant START = Instant.parse("2024-06-21T16:00:00Z");

  @Test
  void acceptsAnEndAfterOrAtTheStartOrNoEnd() {
    Event event = new Event("Assemblée générale", "ag-2024", START, START.plusSeconds(7200));
    assertThat(event.getEndsAt()).isEqualTo(START.plusSeconds(7200));

    event.schedule(START, START);
    assertThat(event.getEndsAt()).isEqualTo(START);

    event.schedule(START, null);
    assertThat(event.getEndsAt()).isNull();
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    Event event = new Event("Assemblée générale", "ag-2024", START, null);

    assertThatThrownBy(() -> event.schedule(START, START.minusSeconds(1)))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo("event.endsBeforeStart");
    assertThat(event.getStartsAt()).isEqualTo(START);
    assertThat(event.getEndsAt()).isNull();
  }

  @Test
  void refusesAnEventWithoutStart() {
    assertThatThrownBy(() -> new Event("Sans date", "sans-date", null, null))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void isOverOnceItsEndOrItsStartHasPassed() {
    Event withEnd = new Event("Atelier", "atelier", START, START.plusSeconds(3600));
    Event withoutEnd = new Event("Conférence", "conference", START, null);

    assertThat(withEnd.isOver(START.plusSeconds(1800))).isFalse();
    assertThat(withEnd.isOver(START.plusSeconds(3601))).isTrue();
    assertThat(withoutEnd.isOver(START.plusSeconds(1))).isTrue();
  }

  @Test
  void sanitisesItsDescription() {
    Event event = new Event("Atelier", "atelier", START, null);

    event.setDescription("<p>Inscription <img src=x onerror=alert(1)></p>");

    assertThat(event.getDescription()).doesNotContain("onerror").startsWith("<p>Inscription");
  }
}
