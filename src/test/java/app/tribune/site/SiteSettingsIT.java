package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The site settings and funders screens as an administrator would use them, what readers then see
 * on the public pages (cached before the change), and the roles that may not use them.
 */
// One settings row written through JPA like any other: the screens' rules are the same on both
// databases. On the desk server, whose other tests read neither the site's name nor its footer.
@DatabaseIndependent
class SiteSettingsIT {

  private static final String HOSTILE_NAME = "Terres <script>alert('nom')</script> Solidaires";
  private static final String HOSTILE_TAGLINE = "Agir <img src=x onerror=alert(1)> ensemble";

  private final TribuneServer server = TribuneServer.apart("desk");
  private final WebClient admin = WebClient.administrator(server);
  private final WebClient reader = new WebClient(server.baseUrl());

  @Test
  void savedSettingsShowOnThePublicSiteAtOnceAndEscaped() {
    reader.page("/");

    HttpResponse<String> saved =
        saveSettings(
            Map.of(
                "settings:siteName",
                HOSTILE_NAME,
                "settings:tagline",
                HOSTILE_TAGLINE,
                "settings:donateUrl",
                "https://dons.terres-solidaires.test/soutenir",
                "settings:footerText",
                "Asbl <b>Terres</b> Solidaires"));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Réglages enregistrés");

    Document home = reader.page("/");
    assertThat(home.selectFirst(".site-name").text()).isEqualTo(HOSTILE_NAME);
    assertThat(home.selectFirst(".site-tagline").text()).isEqualTo(HOSTILE_TAGLINE);
    assertThat(home.select("[onerror], script:not([type=application/ld+json]):containsData(alert)"))
        .isEmpty();
    // Structured data names the site too, with its markup escaped inside the JSON.
    assertThat(home.select("script[type=application/ld+json]").html()).doesNotContain("<");
    assertThat(home.select(".footer-text b")).isEmpty();
    assertThat(home.select("a[href='https://dons.terres-solidaires.test/soutenir']")).hasSize(1);
  }

  @Test
  void aLinkThatIsNotAWebAddressIsRefusedBesideItsFieldAndNothingChanges() {
    for (String hostile :
        List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>")) {
      HttpResponse<String> refused =
          saveSettings(
              Map.of("settings:siteName", "Jamais enregistré", "settings:donateUrl", hostile));

      Element message =
          Jsoup.parse(refused.body()).selectFirst("[id='settings:donateUrl'] ~ .ui-message-error");
      assertThat(message).as(hostile).isNotNull();
      assertThat(message.text()).contains("https://");
      Document home = reader.page("/");
      assertThat(home.selectFirst(".site-name").text()).isNotEqualTo("Jamais enregistré");
      assertThat(home.select("a[href^=javascript], a[href^=data]")).isEmpty();
    }
  }

  @Test
  void aFunderAddedByAnAdministratorIsThankedOnEveryPageOnceChosenAsDefault() {
    String name = "Fondation " + BackOfficeUsers.uniqueName("soutien");
    HttpResponse<String> created =
        admin.submit(
            admin.page("/admin/funders/"),
            "funder",
            Map.of(
                "funder:name", name,
                "funder:url", "https://fondation.example.org/",
                "funder:description", ""),
            "funder:save");
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(created.body()).select(".funder-name").eachText()).contains(name);

    Document settings = admin.page("/admin/settings/");
    Element label =
        settings.select("#settings label").stream()
            .filter(l -> l.text().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not offered as a default funder"));
    String id = settings.getElementById(label.attr("for")).val();
    assertThat(saveSettings(Map.of("settings:defaultPartners", id)).body())
        .contains("Réglages enregistrés");

    Element thanked =
        reader.page("/").selectFirst(".partners a[href='https://fondation.example.org/']");
    assertThat(thanked).isNotNull();
    assertThat(thanked.text()).isEqualTo(name);
  }

  @Test
  void aFunderLinkMustBeAWebAddress() {
    HttpResponse<String> refused =
        admin.submit(
            admin.page("/admin/funders/"),
            "funder",
            Map.of("funder:name", "Fondation Piège", "funder:url", "javascript:alert(1)"),
            "funder:save");

    assertThat(
            Jsoup.parse(refused.body()).selectFirst("[id='funder:url'] ~ .ui-message-error").text())
        .contains("https://");
    assertThat(Jsoup.parse(refused.body()).select(".funder-name").eachText())
        .doesNotContain("Fondation Piège");
  }

  @Test
  void overLongTextsAreRefusedBesideTheirFieldsNeitherCutNorSaved() {
    String footer = "Pied de page trop long " + "é".repeat(2000);

    HttpResponse<String> refused =
        saveSettings(Map.of("settings:siteName", "Jamais si long", "settings:footerText", footer));

    Element message =
        Jsoup.parse(refused.body()).selectFirst("[id='settings:footerText'] ~ .ui-message-error");
    assertThat(message).isNotNull();
    assertThat(message.text()).contains("trop long").contains("caractères au plus");
    Document home = reader.page("/");
    assertThat(home.selectFirst(".site-name").text()).isNotEqualTo("Jamais si long");
    assertThat(home.text()).doesNotContain("Pied de page trop long");

    String name = "Fondation " + BackOfficeUsers.uniqueName("longue") + "x".repeat(160);
    HttpResponse<String> funder =
        admin.submit(
            admin.page("/admin/funders/"),
            "funder",
            Map.of("funder:name", name, "funder:url", "", "funder:description", ""),
            "funder:save");

    Document answer = Jsoup.parse(funder.body());
    assertThat(answer.selectFirst("[id='funder:name'] ~ .ui-message-error").text())
        .contains("trop long");
    assertThat(answer.select(".funder-name").eachText())
        .noneMatch(shown -> shown.startsWith(name.substring(0, 30)));
  }

  @Test
  void authorsReachNeitherScreenAndEditorsOnlyTheFunders() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");
    WebClient editor = BackOfficeUsers.member(server, "EDITOR");

    for (String page : List.of("/admin/settings/", "/admin/funders/")) {
      assertThat(author.get(page).statusCode()).as("author on %s", page).isEqualTo(403);
    }
    assertThat(editor.get("/admin/settings/").statusCode()).isEqualTo(403);
    assertThat(editor.get("/admin/funders/").statusCode()).isEqualTo(200);
    assertThat(author.page("/admin/").select("a[href*='/admin/funders/']")).isEmpty();
    assertThat(editor.page("/admin/").select("a[href*='/admin/settings/']")).isEmpty();
  }

  /**
   * Sends the settings form as it stands, with {@code changes} made: what a browser sends for the
   * fields the test does not touch.
   */
  private HttpResponse<String> saveSettings(Map<String, String> changes) {
    Document page = admin.page("/admin/settings/");
    Map<String, String> values = new HashMap<>();
    page.select(
            "#settings input[type=text], #settings input[type=url], #settings input[type=email]")
        .forEach(input -> values.put(input.attr("name"), input.val()));
    page.select("#settings textarea").forEach(area -> values.put(area.attr("name"), area.val()));
    Element logo =
        page.selectFirst("#settings select[name='settings:logo_input'] option[selected]");
    if (logo != null) {
      values.put("settings:logo_input", logo.val());
    }
    values.putAll(changes);
    return admin.submit(page, "settings", values, "settings:save");
  }
}
