package app.tribune.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The agenda screen as an editor uses it, and what readers see at once on the agenda and the
 * event's page, which they had read (and the cache kept) before the change.
 */
class EventAdminIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** An evening two months ahead, on the organisation's clock. */
  private static final LocalDateTime EVENING =
      LocalDateTime.now(ZoneId.of("Europe/Brussels"))
          .plusMonths(2)
          .withDayOfMonth(15)
          .withHour(19)
          .withMinute(30)
          .withSecond(0)
          .withNano(0);

  private final TribuneServer server = TribuneServer.apart("desk");
  private final WebClient admin = WebClient.administrator(server);
  private final WebClient reader = new WebClient(server.baseUrl());

  @Test
  void aNewEventIsOnItsPageAndInTheAgendaAtOnce() {
    String month = "/events?month=" + YearMonth.from(EVENING);
    reader.page(month);
    String title = unique("Soirée débat sur la souveraineté alimentaire");

    String slug = create(Map.of("event:title", title, "event:place", "Maison de la Paix")).slug();

    Document page = reader.page("/events/" + slug);
    assertThat(page.selectFirst("h1").text()).isEqualTo(title);
    assertThat(page.selectFirst(".event-place").text()).isEqualTo("Maison de la Paix");
    assertThat(page.selectFirst("time").text()).contains("19 h 30");
    assertThat(reader.page(month).select("a.event-title").eachText()).contains(title);
  }

  @Test
  void aChangedEventShowsItsNewTitleAndPlaceOnItsPage() {
    Created event = create(Map.of("event:title", unique("Atelier"), "event:place", "Namur"));
    String slug = event.slug();
    reader.page("/events/" + slug);
    Document editor = admin.page(event.editor());
    String title = unique("Atelier déplacé");

    HttpResponse<String> saved = save(editor, Map.of("event:title", title, "event:place", "Liège"));

    assertThat(saved.body()).contains("Évènement « " + title + " » enregistré.");
    Document page = reader.page("/events/" + slug);
    assertThat(page.selectFirst("h1").text()).isEqualTo(title);
    assertThat(page.selectFirst(".event-place").text()).isEqualTo("Liège");
  }

  @Test
  void aDeletedEventLeavesTheSite() {
    String title = unique("Conférence supprimée");
    String slug = create(Map.of("event:title", title)).slug();
    reader.page("/events/" + slug);
    Document list =
        Jsoup.parse(
            admin
                .submit(
                    admin.page("/admin/events/"),
                    "list",
                    Map.of("list:text", title, "list:period_input", "UPCOMING"),
                    "list:apply")
                .body(),
            server.baseUrl() + "/admin/events/");
    Element row =
        list.select("#list\\:table_data tr").stream()
            .filter(tr -> tr.select("a.edit-link").text().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row for " + title));

    HttpResponse<String> deleted =
        admin.submit(list, "list", Map.of(), row.selectFirst("button[id$=':delete']").attr("name"));

    assertThat(deleted.body()).contains("Évènement « " + title + " » supprimé.");
    assertThat(reader.get("/events/" + slug).statusCode()).isEqualTo(404);
  }

  @Test
  void anEndBeforeTheStartIsRefusedBesideTheEndAndNothingIsSaved() {
    String title = unique("Évènement à l’envers");
    HttpResponse<String> refused =
        save(
            admin.page("/admin/events/edit.xhtml"),
            Map.of(
                "event:title", title,
                "event:start_input", EVENING.format(TYPED),
                "event:end_input", EVENING.minusHours(2).format(TYPED)));

    assertThat(refused.statusCode()).isEqualTo(200);
    Element message =
        Jsoup.parse(refused.body()).selectFirst("[id='event:end'] ~ .ui-message-error");
    assertThat(message).isNotNull();
    assertThat(message.text()).contains("La fin doit venir après le début.");
    assertThat(admin.page("/admin/events/").text()).doesNotContain(title);
  }

  @Test
  void hostileDescriptionsAreSanitisedAndOnlyWebAddressesAreLinked() {
    Created event =
        create(
            Map.of(
                "event:title",
                unique("Rencontre piégée"),
                "event:description_input",
                "<p>Venez <strong>nombreux</strong></p><script>alert(1)</script>"
                    + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">clic</a>"));
    String slug = event.slug();

    Element body = reader.page("/events/" + slug).selectFirst(".body");
    assertThat(body.select("strong").text()).isEqualTo("nombreux");
    assertThat(body.select("script, [onerror], a[href^=javascript], [style], iframe")).isEmpty();

    for (String hostile : List.of("javascript:alert(document.cookie)", "data:text/html,<b>x</b>")) {
      HttpResponse<String> refused =
          save(admin.page(event.editor()), Map.of("event:onlineUrl", hostile));
      Element message =
          Jsoup.parse(refused.body()).selectFirst("[id='event:onlineUrl'] ~ .ui-message-error");
      assertThat(message).as(hostile).isNotNull();
      assertThat(message.text()).contains("https://");
    }
    assertThat(reader.page("/events/" + slug).select("a[href^=javascript], a[href^=data]"))
        .isEmpty();
  }

  @Test
  void authorsNeitherSeeNorReachTheAgendaScreenWhileEditorsDo() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");
    WebClient editor = BackOfficeUsers.member(server, "EDITOR");

    assertThat(author.get("/admin/events/").statusCode()).isEqualTo(403);
    assertThat(author.get("/admin/events/edit.xhtml").statusCode()).isEqualTo(403);
    assertThat(author.page("/admin/").select("a[href*='/admin/events/']")).isEmpty();
    assertThat(editor.get("/admin/events/").statusCode()).isEqualTo(200);
    assertThat(editor.page("/admin/").select("a[href*='/admin/events/']")).isNotEmpty();
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An event created by the test: its public address's slug and its editor's address. */
  private record Created(String slug, String editor) {}

  /** Creates an event starting {@link #EVENING} for two hours, with {@code fields} added. */
  private Created create(Map<String, String> fields) {
    Map<String, String> values = new HashMap<>();
    values.put("event:start_input", EVENING.format(TYPED));
    values.put("event:end_input", EVENING.plusHours(2).format(TYPED));
    values.put("event:language_input", "FR");
    values.putAll(fields);
    HttpResponse<String> created = save(admin.page("/admin/events/edit.xhtml"), values);
    assertThat(created.statusCode()).as(created.body()).isIn(302, 303);
    String location = created.headers().firstValue("Location").orElseThrow();
    return new Created(admin.page(location).getElementById("event:slug").val(), location);
  }

  /** Saves the editor's form as shown, with {@code changes}. */
  private HttpResponse<String> save(Document editor, Map<String, String> changes) {
    Map<String, String> values = WebClient.shownValues(editor, "event");
    values.putAll(changes);
    return admin.submit(editor, "event", values, "event:save");
  }
}
