package app.tribune.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The agenda by month and the event pages, on the demo content's events. */
class EventsIT {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());
  private final DemoSite demo = DemoSite.content();

  @Test
  void theAgendaOpensOnTheCurrentMonthInBrussels() {
    YearMonth now = YearMonth.now(BRUSSELS);

    Document agenda = web.page("/events");

    assertThat(agenda.selectFirst("h1 .agenda-month").text())
        .as("a month inside a heading is lower case in French")
        .isEqualTo(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH).format(now));
    assertThat(agenda.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(server.baseUrl() + "/events");
    assertThat(agenda.selectFirst(".month-navigation a[rel=prev]").attr("href"))
        .isEqualTo("/events?month=" + now.minusMonths(1));
    assertThat(agenda.selectFirst(".month-navigation a[rel=next]").attr("href"))
        .isEqualTo("/events?month=" + now.plusMonths(1));
  }

  @Test
  void previousAndNextMonthLinksCrossTheYear() {
    Document december = web.page("/events?month=2026-12");
    Document january = web.page("/nl/events?month=2027-01");

    assertThat(december.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/events?month=2026-11");
    assertThat(december.selectFirst("a[rel=next]").attr("href")).isEqualTo("/events?month=2027-01");
    assertThat(january.selectFirst("a[rel=prev]").attr("href"))
        .isEqualTo("/nl/events?month=2026-12");
    assertThat(january.selectFirst("a[rel=prev]").text()).isEqualTo("Vorige maand (december 2026)");
    assertThat(january.selectFirst("h1 .agenda-month").text()).isEqualTo("januari 2027");
    assertThat(december.selectFirst("a[rel=prev]").text())
        .isEqualTo("Mois précédent (novembre 2026)");
    assertThat(web.page("/en/events?month=2026-12").selectFirst("h1 .agenda-month").text())
        .isEqualTo("December 2026");
  }

  @Test
  void monthByMonthTheAgendaShowsEveryEventOnceSoonestFirstInItsMonth() {
    // The demo's events run from 50 days ago to 150 days ahead.
    YearMonth month = YearMonth.now(BRUSSELS).minusMonths(3);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 10; i++, month = month.plusMonths(1)) {
      Document page = web.page("/events?month=" + month);
      List<String> starts = page.select(".agenda .event-when").eachAttr("datetime");
      String prefix = month.toString();
      assertThat(starts).as(prefix).allMatch(start -> start.startsWith(prefix));
      assertThat(starts).as(prefix).isSortedAccordingTo(Comparator.naturalOrder());
      assertThat(page.select(".empty")).as(prefix).hasSize(starts.isEmpty() ? 1 : 0);
      seen.addAll(page.select(".agenda .event-title").eachAttr("href"));
    }

    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(
            demo.events().stream().map(DemoSite.Event::path).toList());
  }

  @Test
  void anEmptyMonthSaysSoInTheReadersLanguage() {
    Document french = web.page("/events?month=2999-06");
    Document dutch = web.page("/nl/events?month=2999-06");

    assertThat(french.select(".agenda")).isEmpty();
    assertThat(french.selectFirst(".empty").text()).isEqualTo("Rien pour ce mois");
    assertThat(dutch.selectFirst(".empty").text()).isEqualTo("Niets deze maand");
    assertThat(french.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(web.page("/events?month=2999-12").select("a[rel=next]")).isEmpty();
  }

  @Test
  void malformedMonthsAreNotFoundAndNeverEchoed() {
    String longText = "x".repeat(7_000);
    for (String hostile :
        List.of(
            "2026-13",
            "2026-00",
            "0000-01",
            "abc",
            "2026-1",
            "<script>alert(1)</script>",
            "2026-12' OR '1'='1",
            longText)) {
      HttpResponse<String> response =
          web.get("/events?month=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

      assertThat(response.statusCode()).as(hostile).isEqualTo(404);
      assertThat(response.body())
          .as(hostile)
          .contains("Page introuvable")
          .doesNotContain("<script>alert", "OR '1'", longText);
    }
    // Longer than the server takes in a request line: refused before the application, never a 500.
    HttpResponse<String> tooLong = web.get("/events?month=" + "x".repeat(10_000));
    assertThat(tooLong.statusCode()).isBetween(400, 499);
    assertThat(tooLong.body()).doesNotContain("x".repeat(100));
  }

  @Test
  void eachEventListsItsDatesPlaceSectionAndOnlineLink() {
    Document december = web.page("/events?month=" + monthOf("webinaire-finance-climat-en-ligne"));

    Element webinar =
        december.select(".agenda li").stream()
            .filter(li -> li.selectFirst(".event-title").text().startsWith("Webinaire"))
            .findFirst()
            .orElseThrow();
    assertThat(webinar.selectFirst(".event-when").text())
        .matches(".+ \\d{4}, de 12 h 30 à 13 h 30");
    assertThat(webinar.selectFirst(".event-place").text()).isEqualTo("En ligne");
    assertThat(webinar.selectFirst(".event-online").attr("href"))
        .isEqualTo("https://visio.example.org/terres-solidaires/finance-climat");
    assertThat(webinar.selectFirst(".event-section").attr("href")).isEqualTo("/section/analyses");
  }

  @Test
  void anEventPageShowsWhenWhereAndWhatWithItsStructuredData() {
    Document page = web.page("/events/conference-qui-possede-la-terre-liege");

    DemoSite.Event demoEvent =
        demo.events().stream()
            .filter(event -> event.slug().equals("conference-qui-possede-la-terre-liege"))
            .findFirst()
            .orElseThrow();
    assertThat(page.selectFirst("h1").text()).isEqualTo(spaced(demoEvent.title()));
    assertThat(page.selectFirst(".event-place").text()).isEqualTo("Le Moulin des Possibles, Liège");
    assertThat(page.selectFirst("address").text())
        .isEqualTo("Quai de la Dérivation 41, 4020 Liège");
    assertThat(page.selectFirst(".event-section").attr("href"))
        .isEqualTo("/section/campagne-des-terres-pour-vivre");
    assertThat(page.select(".body p")).isNotEmpty();
    assertThat(page.select(".breadcrumb a").eachText()).containsExactly("Accueil", "Agenda");

    JsonObject data = structuredData(page);
    assertThat(data.getString("@type")).isEqualTo("Event");
    assertThat(data.getString("name")).isEqualTo(demoEvent.title());
    assertThat(data.getString("startDate"))
        .isEqualTo(page.selectFirst(".event-facts time").attr("datetime"));
    assertThat(data.getString("startDate")).matches("\\d{4}-\\d{2}-\\d{2}T19:30:00\\+0[12]:00");
    assertThat(data.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
    assertThat(data.getJsonArray("location").getJsonObject(0).getString("name"))
        .isEqualTo("Le Moulin des Possibles, Liège");
    assertThat(data.getString("url"))
        .isEqualTo(server.baseUrl() + "/events/conference-qui-possede-la-terre-liege");
  }

  @Test
  void anEventPageIsSharedUnderItsOwnTitleDescriptionAndAddress() {
    String address = server.url("/events/conference-qui-possede-la-terre-liege");
    Document page = web.page("/events/conference-qui-possede-la-terre-liege");

    String title = structuredData(page).getString("name");
    assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(title);
    assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo(title);
    String description = page.selectFirst("meta[name=description]").attr("content");
    // French pages set no-break spaces in their text, not in attributes.
    String whenAndWhere =
        plainSpaces(page.selectFirst(".event-facts time").text())
            + " – Le Moulin des Possibles, Liège. ";
    assertThat(plainSpaces(description)).startsWith(whenAndWhere);
    assertThat(description.length())
        .as("when, where, then the start of what")
        .isBetween(whenAndWhere.length() + 50, whenAndWhere.length() + 200 + " (...)".length());
    assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
        .isEqualTo(description);
    assertThat(page.selectFirst("meta[name=twitter:description]").attr("content"))
        .isEqualTo(description);
    assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(address);
    assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly(address);
  }

  @Test
  void aCancelledEventIsMarkedWhereverItIsListed() {
    DemoSite.Event cancelled =
        demo.events().stream().filter(DemoSite.Event::cancelled).findFirst().orElseThrow();

    Document page = web.page(cancelled.path());
    Element listed =
        web.page("/events?month=" + monthOf(cancelled.slug())).select(".agenda li").stream()
            .filter(li -> li.selectFirst(".event-title").attr("href").equals(cancelled.path()))
            .findFirst()
            .orElseThrow();

    assertThat(page.selectFirst(".notice.cancelled").text()).isEqualTo("Cet évènement est annulé.");
    assertThat(structuredData(page).getString("eventStatus"))
        .isEqualTo("https://schema.org/EventCancelled");
    assertThat(listed.hasClass("cancelled")).isTrue();
    assertThat(listed.selectFirst(".badge.cancelled").text()).isEqualTo("Annulé");
  }

  @Test
  void unknownEventsAreNotFoundInTheReadersLanguage() {
    HttpResponse<String> french = web.get("/events/no-such-event");
    HttpResponse<String> dutch = web.get("/nl/events/no-such-event");

    assertThat(french.statusCode()).isEqualTo(404);
    assertThat(french.body()).contains("Page introuvable");
    assertThat(dutch.statusCode()).isEqualTo(404);
    assertThat(dutch.body()).contains("Pagina niet gevonden");
  }

  @Test
  void theAgendaAndEventPagesSetNoCookie() {
    List<String> paths = new ArrayList<>(List.of("/events", "/nl/events", "/events?month=2999-06"));
    demo.events().forEach(event -> paths.add(event.path()));

    for (String path : paths) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  /** The agenda month of an event, as its page links back to it. */
  private String monthOf(String slug) {
    String back = web.page("/events/" + slug).selectFirst(".event-page .more a").attr("href");
    return back.substring(back.indexOf("month=") + "month=".length());
  }

  /** Text as jsoup reads it: non-breaking spaces become plain ones. */
  private static String spaced(String text) {
    return text.replace('\u00a0', ' ');
  }

  private static String plainSpaces(String text) {
    return text.replaceAll("[\\s\u00A0\u202F]+", " ");
  }

  private static JsonObject structuredData(Document page) {
    Element script = page.selectFirst("script[type=application/ld+json]");
    return Json.createReader(new StringReader(script.data())).readObject();
  }
}
