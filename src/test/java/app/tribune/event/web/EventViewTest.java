package app.tribune.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.event.Event;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventViewTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void describesAnEventInPersonForSearchEngines() {
    Event event =
        new Event(
            "Conférence : qui possède la terre ?",
            "conference",
            Instant.parse("2026-04-11T17:30:00Z"),
            Instant.parse("2026-04-11T19:30:00Z"));
    event.setPlace("Le Moulin des Possibles, Liège");
    event.setAddress("Quai de la Dérivation 41, 4020 Liège");
    event.setDescription("<p>Une soirée <strong>d’échanges</strong>.</p>");

    JsonObject data =
        EventView.structuredData(
            event,
            "https://example.org/events/conference",
            null,
            "Terres Solidaires",
            "https://example.org/",
            BRUSSELS);

    assertThat(data.getString("@type")).isEqualTo("Event");
    assertThat(data.getString("name")).isEqualTo("Conférence : qui possède la terre ?");
    assertThat(data.getString("startDate")).isEqualTo("2026-04-11T19:30:00+02:00");
    assertThat(data.getString("endDate")).isEqualTo("2026-04-11T21:30:00+02:00");
    assertThat(data.getString("description")).isEqualTo("Une soirée d’échanges.");
    assertThat(data.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
    assertThat(data.getString("eventAttendanceMode"))
        .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
    JsonObject place = data.getJsonArray("location").getJsonObject(0);
    assertThat(place.getString("@type")).isEqualTo("Place");
    assertThat(place.getString("address")).isEqualTo("Quai de la Dérivation 41, 4020 Liège");
    assertThat(data.getJsonObject("organizer").getString("name")).isEqualTo("Terres Solidaires");
    assertThat(data.containsKey("image")).isFalse();
  }

  @Test
  void aCancelledOnlineEventSaysSo() {
    Event event = new Event("Webinaire", "webinaire", Instant.parse("2026-04-11T10:30:00Z"), null);
    event.setOnlineUrl("https://visio.example.org/webinaire");
    event.setCancelled(true);

    JsonObject data =
        EventView.structuredData(
            event,
            "https://example.org/events/webinaire",
            "https://example.org/media/1/a.png",
            "Terres Solidaires",
            "https://example.org/",
            BRUSSELS);

    assertThat(data.getString("eventStatus")).isEqualTo("https://schema.org/EventCancelled");
    assertThat(data.getString("eventAttendanceMode"))
        .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
    assertThat(data.getJsonArray("location").getJsonObject(0).getString("url"))
        .isEqualTo("https://visio.example.org/webinaire");
    assertThat(data.containsKey("endDate")).isFalse();
    assertThat(data.getString("image")).isEqualTo("https://example.org/media/1/a.png");
  }
}
