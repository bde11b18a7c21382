package app.tribune.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.event.Event;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventDatesTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final Locale FRENCH = Locale.forLanguageTag("fr");
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String NBSP = "\u00a0";

  @Test
  void anEveningEventShowsItsDayAndHoursInTheReadersLanguage() {
    Event conference = event("2026-04-11T19:30", "2026-04-11T21:30", false);

    assertThat(EventDates.when(conference, FRENCH, BRUSSELS))
        .isEqualTo(
            "samedi 11 avril 2026, de 19"
                + NBSP
                + "h"
                + NBSP
                + "30 à 21"
                + NBSP
                + "h"
                + NBSP
                + "30");
    assertThat(EventDates.when(conference, DUTCH, BRUSSELS))
        .isEqualTo("zaterdag 11 april 2026, van 19:30 tot 21:30");
  }

  @Test
  void frenchWritesWholeHoursWithoutMinutes() {
    Event film = event("2026-04-11T20:00", "2026-04-11T22:30", false);

    assertThat(EventDates.when(film, FRENCH, BRUSSELS))
        .isEqualTo("samedi 11 avril 2026, de 20" + NBSP + "h à 22" + NBSP + "h" + NBSP + "30");
    assertThat(EventDates.when(film, DUTCH, BRUSSELS))
        .isEqualTo("zaterdag 11 april 2026, van 20:00 tot 22:30");
  }

  @Test
  void anEventWithoutAnEndShowsItsStartOnly() {
    Event march = event("2026-04-11T13:00", null, false);

    assertThat(EventDates.when(march, DUTCH, BRUSSELS))
        .isEqualTo("zaterdag 11 april 2026 om 13:00");
  }

  @Test
  void anAllDayEventShowsNoHours() {
    Event market = event("2026-06-20T09:00", "2026-06-20T16:00", true);
    Event weekend = event("2026-06-20T00:00", "2026-06-22T00:00", true);

    assertThat(EventDates.when(market, FRENCH, BRUSSELS)).isEqualTo("samedi 20 juin 2026");
    // Ending at midnight, the weekend event does not take the Monday.
    assertThat(EventDates.when(weekend, FRENCH, BRUSSELS))
        .isEqualTo("du samedi 20 juin 2026 au dimanche 21 juin 2026");
  }

  @Test
  void anEventOverSeveralDaysShowsBothEnds() {
    Event camp = event("2026-07-03T18:00", "2026-07-05T12:00", false);

    assertThat(EventDates.when(camp, DUTCH, BRUSSELS))
        .isEqualTo("van vrijdag 3 juli 2026 om 18:00 tot zondag 5 juli 2026 om 12:00");
  }

  @Test
  void machinesGetTheLocalTimeWithItsOffsetOrJustTheDateOfAnAllDayEvent() {
    Event summer = event("2026-07-03T18:00", null, false);
    Event winter = event("2026-12-03T18:00", null, false);
    Event allDay = event("2026-12-03T00:00", null, true);

    assertThat(EventDates.iso(summer, summer.getStartsAt(), BRUSSELS))
        .isEqualTo("2026-07-03T18:00:00+02:00");
    assertThat(EventDates.iso(winter, winter.getStartsAt(), BRUSSELS))
        .isEqualTo("2026-12-03T18:00:00+01:00");
    assertThat(EventDates.iso(allDay, allDay.getStartsAt(), BRUSSELS)).isEqualTo("2026-12-03");
    assertThat(EventDates.iso(allDay, null, BRUSSELS)).isEmpty();
  }

  private static Event event(String start, String end, boolean allDay) {
    Event event = new Event("Conférence", "conference", at(start), end == null ? null : at(end));
    event.setAllDay(allDay);
    return event;
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BRUSSELS).toInstant();
  }
}
