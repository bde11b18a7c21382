package app.tribune.section;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.media.MediaDesk;
import app.tribune.media.SampleFiles;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sections screen as an editor uses it, and what readers then see in the navigation and on
 * section pages, cached before the change; a campaign's hero image picked in the media library.
 */
class SectionsAdminIT {

  private static final String SCREEN = "/admin/sections/";

  private final TribuneServer server = TribuneServer.apart("desk");
  private final WebClient admin = WebClient.administrator(server);
  private final WebClient reader = new WebClient(server.baseUrl());

  @Test
  void aNewSectionJoinsTheNavigationAtOnce() {
    reader.page("/");
    String name = "Dossier " + BackOfficeUsers.uniqueName("eau");

    Document created = save(admin.page(SCREEN), Map.of("section:name", name));

    assertThat(created.html()).contains("enregistrée");
    assertThat(navigation()).last().isEqualTo(name);
  }

  @Test
  void aSubSectionMovesUpAndDownAmongItsSiblings() {
    String parent = "Projets " + BackOfficeUsers.uniqueName("andes");
    String first = "Pérou " + BackOfficeUsers.uniqueName("1");
    String second = "Bolivie " + BackOfficeUsers.uniqueName("2");
    Document page = save(admin.page(SCREEN), Map.of("section:name", parent));
    String parentId = id(page, parent);
    save(admin.page(SCREEN), Map.of("section:name", first, "section:parent_input", parentId));
    page =
        save(admin.page(SCREEN), Map.of("section:name", second, "section:parent_input", parentId));
    assertThat(order(page, first, second)).containsExactly(first, second);

    page = press(page, second, "up");

    assertThat(page.html()).contains("déplacée");
    assertThat(order(page, first, second)).containsExactly(second, first);
    page = press(page, second, "down");
    assertThat(order(page, first, second)).containsExactly(first, second);
    page = press(page, second, "down");
    assertThat(order(page, first, second))
        .as("the last one stays last")
        .containsExactly(first, second);
  }

  @Test
  void aRenamedSectionShowsItsNewNameOnItsPageAndKeepsItsAddress() {
    String name = "Récolte " + BackOfficeUsers.uniqueName("bis");
    Document created = save(admin.page(SCREEN), Map.of("section:name", name));
    String slug = slug(created, name);
    reader.page("/section/" + slug);

    String renamed = name + " (nouveau nom)";
    save(edit(created, name), Map.of("section:name", renamed, "section:nameNl", "Oogst"));

    assertThat(reader.page("/section/" + slug).selectFirst("h1").text()).isEqualTo(renamed);
    assertThat(reader.page("/nl/section/" + slug).selectFirst("h1").text()).isEqualTo("Oogst");
    assertThat(navigation()).contains(renamed).doesNotContain(name);
  }

  @Test
  void aSectionMovesUnderAnotherButNeverUnderItsOwnBranch() {
    String parent = "Région " + BackOfficeUsers.uniqueName("sahel");
    String child = "Village " + BackOfficeUsers.uniqueName("dori");
    Document page = save(admin.page(SCREEN), Map.of("section:name", parent));
    page =
        save(
            admin.page(SCREEN),
            Map.of("section:name", child, "section:parent_input", id(page, parent)));
    assertThat(row(page, child).selectFirst("a.section-name")).isNotNull();
    assertThat(navigation()).contains(parent).doesNotContain(child);

    Document refused = save(edit(page, parent), Map.of("section:parent_input", id(page, child)));

    Element message = refused.selectFirst("[id='section:parent'] ~ .ui-message-error");
    assertThat(message).isNotNull();
    assertThat(message.text()).contains("ne peut pas aller sous");
    assertThat(navigation()).contains(parent);

    save(edit(page, child), Map.of("section:parent_input", ""));
    assertThat(navigation()).contains(parent, child);
  }

  @Test
  void namesAreShownAsTextAndOverLongOnesAreRefusedWithAMessage() {
    String hostile = "Rubrique <img src=x onerror=alert(1)> " + BackOfficeUsers.uniqueName("x");
    Document created = save(admin.page(SCREEN), Map.of("section:name", hostile));
    Document page = reader.page("/section/" + slug(created, hostile));
    assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(created.select("[onerror]")).isEmpty();

    String tooLong = "Trop long " + "x".repeat(120);
    Document refused = save(admin.page(SCREEN), Map.of("section:name", tooLong));

    assertThat(refused.select("[id='section:name'] ~ .ui-message-error")).isNotEmpty();
    assertThat(refused.select("a.section-name").eachText()).doesNotContain(tooLong);
  }

  @Test
  void aSectionWithArticlesCanOnlyBeDeactivatedAndAnEmptyOneDeleted() {
    Document screen = admin.page(SCREEN);
    assertThat(row(screen, "Analyses").select("button[id$=':delete']")).isEmpty();

    String empty = "Éphémère " + BackOfficeUsers.uniqueName("vide");
    Document created = save(screen, Map.of("section:name", empty));
    Document deleted = press(created, empty, "delete");
    assertThat(deleted.select("a.section-name").eachText()).doesNotContain(empty);
    assertThat(navigation()).doesNotContain(empty);

    String resting = "En pause " + BackOfficeUsers.uniqueName("off");
    created = save(admin.page(SCREEN), Map.of("section:name", resting));
    String slug = slug(created, resting);
    Map<String, String> inactive = new HashMap<>();
    inactive.put("section:active_input", null);
    save(edit(created, resting), inactive);

    assertThat(navigation()).doesNotContain(resting);
    assertThat(reader.get("/section/" + slug).statusCode()).isEqualTo(404);
  }

  @Test
  void aCampaignOpensOnTheHeroImagePickedInTheLibraryUntilItIsRemoved() {
    MediaDesk library = new MediaDesk(admin);
    String file = "semences-" + UUID.randomUUID() + ".png";
    String alt = "Semences \"><script>alert(1)</script> " + UUID.randomUUID();
    library.upload(file, SampleFiles.image("png", 1200, 450, Color.BLUE));
    assertThat(library.describe(file, alt).statusCode()).isEqualTo(200);
    long imageId = library.id(file);
    String name = "Campagne " + BackOfficeUsers.uniqueName("semences");

    Document created = save(admin.page(SCREEN), campaign(name, imageId, file));

    assertThat(created.select(".ui-message-error")).isEmpty();
    String slug = slug(created, name);
    Document page = reader.page("/section/" + slug);
    Element banner = page.selectFirst(".campaign-hero img.hero-image");
    assertThat(banner).isNotNull();
    assertThat(banner.attr("src")).contains("/media/" + imageId + "/");
    assertThat(banner.attr("alt")).isEqualTo(alt);
    assertThat(scripts(page)).noneMatch(script -> script.contains("alert(1)"));
    Document editing = edit(created, name);
    assertThat(editing.selectFirst("#section img.image-pick-preview").attr("alt")).isEqualTo(alt);
    assertThat(scripts(editing)).noneMatch(script -> script.contains("alert(1)"));
    Document details = library.edit(library.search(file));
    assertThat(details.select(".media-usages li").eachText()).anyMatch(use -> use.contains(name));
    assertThat(admin.submit(details, "details", Map.of(), "details:delete").body())
        .contains("avant de le supprimer");

    Document removed = submit(editing, Map.of(), "section:heroImageRemove");
    assertThat(removed.select("#section img.image-pick-preview")).isEmpty();
    save(removed, Map.of());

    assertThat(reader.page("/section/" + slug).select(".campaign-hero img")).isEmpty();
    assertThat(library.edit(library.search(file)).select(".media-usages li")).isEmpty();
  }

  @Test
  void anImageWithoutAltTextIsRefusedBesideThePickerAndNothingIsSaved() {
    MediaDesk library = new MediaDesk(admin);
    String file = "sans-texte-" + UUID.randomUUID() + ".png";
    library.upload(file, SampleFiles.image("png", 800, 300, Color.RED));
    String name = "Campagne " + BackOfficeUsers.uniqueName("muette");

    Document refused = save(admin.page(SCREEN), campaign(name, library.id(file), file));

    Element message = refused.selectFirst("[id='section:heroImage'] ~ .ui-message-error");
    assertThat(message).isNotNull();
    assertThat(message.text()).contains("n’a pas de texte alternatif");
    assertThat(refused.select("#section .image-pick-missing")).hasSize(1);
    assertThat(refused.select("a.section-name").eachText()).doesNotContain(name);
  }

  /** What the page's script elements say, as a browser would parse them. */
  private static List<String> scripts(Document page) {
    return page.select("script").stream().map(Element::data).toList();
  }

  /** The form's values for a new campaign section opening on the image {@code imageId}. */
  private static Map<String, String> campaign(String name, long imageId, String file) {
    return Map.of(
        "section:name",
        name,
        "section:campaign_input",
        "on",
        "section:heroImage_input",
        file,
        "section:heroImage_hinput",
        imageId + ":" + file);
  }

  @Test
  void anAuthorReachesNeitherTheScreenNorItsLink() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");

    assertThat(author.get(SCREEN).statusCode()).isEqualTo(403);
    assertThat(author.page("/admin/").select("a[href*='/admin/sections/']")).isEmpty();
    assertThat(admin.page("/admin/").select("a[href*='/admin/sections/']")).hasSize(1);
  }

  /** The given sections in the order the tree shows them. */
  private static List<String> order(Document page, String... names) {
    List<String> shown = page.select("a.section-name").eachText();
    return shown.stream().filter(List.of(names)::contains).toList();
  }

  /** The top-level sections a reader sees in the site's navigation, in order. */
  private List<String> navigation() {
    return reader.page("/").select("nav.site-nav a").eachText();
  }

  /**
   * Submits the section form as it stands with {@code changes} made, as a browser would: disabled
   * fields are not sent, nor unchecked boxes (a change to {@code null} unchecks one).
   */
  private Document save(Document page, Map<String, String> changes) {
    return submit(page, changes, "section:save");
  }

  /** Like {@link #save}, with another button of the form pressed. */
  private Document submit(Document page, Map<String, String> changes, String button) {
    Map<String, String> values = new HashMap<>();
    page.select("#section input[type=text]:not([disabled]), #section input[type=url]")
        .forEach(input -> values.put(input.attr("name"), input.val()));
    page.select("#section textarea").forEach(area -> values.put(area.attr("name"), area.val()));
    page.select("#section input[type=checkbox][checked]")
        .forEach(box -> values.put(box.attr("name"), "on"));
    Element parent = page.selectFirst("#section select option[selected]");
    values.put("section:parent_input", parent == null ? "" : parent.val());
    values.putAll(changes);
    values.values().removeIf(value -> value == null);
    return parse(admin.submit(page, "section", values, button), page);
  }

  /** Presses a button ({@code up}, {@code down}, {@code delete}) on the section's row. */
  private Document press(Document page, String name, String button) {
    Element pressed = row(page, name).selectFirst("button[id$=':" + button + "']");
    assertThat(pressed).as("%s button of %s", button, name).isNotNull();
    return parse(admin.submit(page, "tree", Map.of(), pressed.attr("name")), page);
  }

  private Document edit(Document page, String name) {
    return admin.page(row(page, name).selectFirst("a.section-name").attr("abs:href"));
  }

  private static String id(Document page, String name) {
    Matcher id =
        Pattern.compile("[?&]id=(\\d+)")
            .matcher(row(page, name).selectFirst("a.section-name").attr("href"));
    assertThat(id.find()).as("id of %s", name).isTrue();
    return id.group(1);
  }

  private static String slug(Document page, String name) {
    return row(page, name).select("td").get(1).text();
  }

  private static Element row(Document page, String name) {
    return page.select("#tree tr").stream()
        .filter(tr -> tr.select("a.section-name").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + name + " in the sections tree"));
  }

  private static Document parse(HttpResponse<String> response, Document page) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), page.location());
  }
}
