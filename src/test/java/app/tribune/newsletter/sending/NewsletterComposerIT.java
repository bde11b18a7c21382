package app.tribune.newsletter.sending;

import static app.tribune.testing.MailParts.part;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.BackOfficeUsers;
import app.tribune.testing.WebClient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The newsletter composer as an editor uses it: a draft reworked and saved shows in the preview as
 * it will be sent, a save over someone else's is refused in words, test copies reach the addresses
 * typed and nobody else, and hostile texts stay text in the preview and the web version.
 */
class NewsletterComposerIT {

  private static final String HOSTILE = "<script>alert(1)</script>";

  private final SendingSite site = SendingSite.shared();

  @AfterAll
  static void jobsLeftThePagesThatStartedThemAlone() {
    SendingSite.shared().assertJobsLeftTheirPagesAlone();
  }

  /** A draft with two items, "Un puits au village" then "Deuxième nouvelle"; its id. */
  private long draft(String subject) {
    int number = site.readyIssue(subject);
    long id = number * 100L;
    site.execute("UPDATE newsletter_issue SET status = 'DRAFT', ready_at = NULL WHERE id = " + id);
    site.execute(
        "INSERT INTO newsletter_item (id, issue_id, sort_order, kind, title, teaser) VALUES ("
            + (id + 1)
            + ", "
            + id
            + ", 1, 'ARTICLE', 'Deuxième nouvelle', 'Une suite.')");
    return id;
  }

  private static Document editor(WebClient web, long id) {
    return web.page("/admin/newsletters/edit.xhtml?id=" + id);
  }

  /** Submits the composer's form as a browser would, its fields as shown but for {@code typed}. */
  private static Document press(
      WebClient web, Document page, Map<String, String> typed, String button) {
    Element form = page.getElementById("edit");
    Map<String, String> fields = new HashMap<>();
    form.select("input[type=text], textarea")
        .forEach(input -> fields.put(input.attr("name"), input.val()));
    form.select("input[type=radio][checked]")
        .forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.putAll(typed);
    Element pressed = form.selectFirst("button[id$=" + button + "]");
    assertThat(pressed).as("button %s", button).isNotNull();
    HttpResponse<String> response = web.submit(page, "edit", fields, pressed.id());
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), page.location());
  }

  /** The growl's messages, which PrimeFaces writes into a script, and those beside fields. */
  private static String messages(Document page) {
    return page.select(".ui-message, .ui-messages").text() + page.select("script").html();
  }

  private static String teaserName(Document page, int index) {
    return page.select("textarea[id$=:teaser]").get(index).attr("name");
  }

  @Test
  void aDraftReorderedAndSavedShowsSoInThePreviewWithHostileTextsAsText() {
    long id = draft("Avant");
    WebClient web = WebClient.administrator(site.server);
    int number = (int) (id / 100);
    assertThat(
            SendingSite.row(SendingSite.screen(web), number)
                .orElseThrow()
                .selectFirst("a.issue-edit")
                .attr("href"))
        .contains("edit.xhtml", "id=" + id);

    Document page = editor(web, id);
    page =
        press(
            web,
            page,
            Map.of(
                "edit:subject",
                "Nouvelles " + HOSTILE,
                "edit:preheader",
                "Ce mois-ci, de l’eau",
                teaserName(page, 1),
                "Accroche " + HOSTILE),
            ":1:up");
    assertThat(page.select(".item-title").eachText())
        .containsExactly("Deuxième nouvelle", "Un puits au village");
    page = press(web, page, Map.of(), ":save");
    assertThat(messages(page)).contains("est enregistrée");

    HttpResponse<String> preview = web.get("/admin/newsletters/preview?id=" + id + "&lang=nl");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("sandbox;")
        .doesNotContain("script-src");
    Document html = Jsoup.parse(preview.body());
    assertThat(html.select("h3").eachText())
        .containsExactly("Deuxième nouvelle", "Un puits au village");
    assertThat(html.selectFirst("h1").text()).isEqualTo("Nouvelles " + HOSTILE);
    assertThat(html.selectFirst(".preheader").text()).isEqualTo("Ce mois-ci, de l’eau");
    assertThat(html.text()).contains("Accroche " + HOSTILE, "Nieuwsbrief nr. " + number);
    assertThat(html.select("script")).isEmpty();
    assertThat(preview.body()).doesNotContain(HOSTILE);

    Document saved = editor(web, id);
    assertThat(saved.selectFirst("iframe").hasAttr("sandbox")).isTrue();
    assertThat(saved.selectFirst("iframe").attr("sandbox")).isEmpty();
    assertThat(saved.selectFirst("#previewText").text())
        .containsSubsequence("Deuxième nouvelle", "Accroche " + HOSTILE, "Un puits au village");
    assertThat(saved.select("script").html()).doesNotContain("alert(1)");
    assertThat(site.query("SELECT status FROM newsletter_issue WHERE id = " + id))
        .isEqualTo("DRAFT");
  }

  @Test
  void aSaveOverSomeoneElsesIsRefusedWithAMessageAndTheirVersionKept() {
    long id = draft("Deux rédactrices");
    WebClient first = WebClient.administrator(site.server);
    WebClient second = WebClient.administrator(site.server);
    Document firstPage = editor(first, id);
    Document secondPage = editor(second, id);

    press(first, firstPage, Map.of(teaserName(firstPage, 0), "La première"), ":save");
    Document refused =
        press(second, secondPage, Map.of(teaserName(secondPage, 0), "La seconde"), ":save");

    assertThat(messages(refused)).contains("Quelqu’un a enregistré cette infolettre");
    assertThat(refused.text()).doesNotContain("Exception");
    assertThat(refused.select("button[id$=:reload]")).hasSize(1);
    assertThat(site.query("SELECT teaser FROM newsletter_item WHERE id = " + id))
        .isEqualTo("La première");
  }

  @Test
  void aTestCopyReachesTheAddressesTypedWithItsPrefixAndChangesNothingElse() {
    long id = draft("Pour essai");
    WebClient web = WebClient.administrator(site.server);
    Document page = editor(web, id);

    Document invalid =
        press(web, page, Map.of("edit:testAddresses", "marie@example.org, personne"), ":sendTest");
    assertThat(messages(invalid)).contains("« personne » n’est pas une adresse");

    GreenMail mail = new GreenMail(new ServerSetup(site.smtpPort, "127.0.0.1", "smtp"));
    mail.start();
    try {
      Document sent =
          press(
              web,
              invalid,
              Map.of("edit:testAddresses", "marie@example.org; jan@example.be"),
              ":sendTest");
      assertThat(messages(sent)).contains("Test envoyé à marie@example.org, jan@example.be");
      assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
      List<MimeMessage> received = List.of(mail.getReceivedMessages());
      assertThat(received).hasSize(2);
      for (MimeMessage copy : received) {
        assertThat(copy.getSubject()).isEqualTo("[Essai] Pour essai");
        assertThat(part(copy, "text/plain")).contains("Un puits au village");
      }
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    } finally {
      mail.stop();
    }
    assertThat(site.count("SELECT COUNT(*) FROM delivery WHERE issue_id = " + id)).isZero();
    assertThat(site.query("SELECT status FROM newsletter_issue WHERE id = " + id))
        .isEqualTo("DRAFT");
    assertThat(site.audited("newsletter.test", id)).isEqualTo(1);
  }

  @Test
  void aReadyIssueIsScheduledForLaterOnlyAndTheListShowsWhen() {
    int number = site.readyIssue("À planifier");
    long id = number * 100L;
    WebClient web = WebClient.administrator(site.server);
    DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    LocalDateTime brussels = LocalDateTime.now(ZoneId.of("Europe/Brussels"));

    Document past =
        press(
            web,
            editor(web, id),
            Map.of("edit:sendAt_input", typed.format(brussels.minusHours(1))),
            ":schedule");
    assertThat(messages(past)).contains("doit être dans le futur");

    String later = typed.format(brussels.plusDays(30));
    press(web, past, Map.of("edit:sendAt_input", later), ":schedule");
    assertThat(site.query("SELECT send_at FROM newsletter_issue WHERE id = " + id)).isNotNull();
    assertThat(SendingSite.row(SendingSite.screen(web), number).orElseThrow().text())
        .contains("Envoi prévu le " + later);
    assertThat(site.issueStatus(number)).isEqualTo("READY");
  }

  @Test
  void aReadyIssueGoesBackToDraftFromTheListOrTheComposerAndLosesItsPlannedSend() {
    int number = site.readyIssue("À revoir");
    long id = number * 100L;
    site.execute(
        "UPDATE newsletter_issue SET send_at = CURRENT_TIMESTAMP + INTERVAL '30' DAY WHERE id = "
            + id);
    WebClient web = WebClient.administrator(site.server);

    String fromList = SendingSite.press(web, SendingSite.screen(web), number, "backToDraft").body();

    assertThat(fromList).contains("L’infolettre n° " + number + " est de nouveau un brouillon.");
    assertThat(
            site.query(
                "SELECT status || '/' || COALESCE(CAST(send_at AS VARCHAR(40)), 'none') || '/'"
                    + " || COALESCE(CAST(ready_at AS VARCHAR(40)), 'none')"
                    + " FROM newsletter_issue WHERE id = "
                    + id))
        .isEqualTo("DRAFT/none/none");
    assertThat(SendingSite.row(SendingSite.screen(web), number).orElseThrow().text())
        .contains("Brouillon")
        .doesNotContain("Envoi prévu");
    assertThat(editor(web, id).select("button[id$=:save]")).hasSize(1);

    site.execute("UPDATE newsletter_issue SET status = 'READY' WHERE id = " + id);
    Document composer = editor(web, id);
    assertThat(composer.select("button[id$=:save]")).isEmpty();
    Document reopened = press(web, composer, Map.of(), ":backToDraft");
    assertThat(messages(reopened)).contains("est de nouveau un brouillon");
    assertThat(reopened.select("button[id$=:save]")).hasSize(1);
    assertThat(site.issueStatus(number)).isEqualTo("DRAFT");
    assertThat(site.audited("newsletter.backToDraft", id)).isEqualTo(2);
  }

  @Test
  void anIssueWhoseSendStartedMeanwhileDoesNotGoBackToDraft() {
    int number = site.readyIssue("Déjà partie");
    long id = number * 100L;
    WebClient web = WebClient.administrator(site.server);
    Document screen = SendingSite.screen(web);
    // The send starts between the screen's reading and the press.
    site.execute(
        "UPDATE newsletter_issue SET status = 'SENDING', send_started_at = CURRENT_TIMESTAMP"
            + " WHERE id = "
            + id);

    String refused = SendingSite.press(web, screen, number, "backToDraft").body();

    assertThat(refused)
        .contains("Seule une infolettre prête peut repasser en brouillon")
        .doesNotContain("Exception");
    assertThat(site.issueStatus(number)).isEqualTo("SENDING");
    assertThat(SendingSite.row(SendingSite.screen(web), number).orElseThrow().text())
        .doesNotContain("Repasser en brouillon");
    // No run behind it: out of the way of the other tests' screens.
    site.execute("UPDATE newsletter_issue SET status = 'CANCELLED' WHERE id = " + id);
  }

  @Test
  void theWebVersionOfASentIssueIsTheMailWithoutPersonalLinksAndItsTextsAsText() {
    long id = draft("Envoyée " + HOSTILE);
    int number = (int) (id / 100);
    site.execute(
        "UPDATE newsletter_issue SET status = 'SENT', sent_at = CURRENT_TIMESTAMP WHERE id = "
            + id);
    WebClient reader = new WebClient(site.server.baseUrl());

    Document page = reader.page("/newsletter/issues/" + number);
    String mailed = page.selectFirst(".as-mailed a").attr("href");
    assertThat(mailed).endsWith("/newsletter/issues/" + number + "/mail");
    HttpResponse<String> web = reader.get(mailed);

    assertThat(web.statusCode()).isEqualTo(200);
    assertThat(web.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("sandbox;");
    Document html = Jsoup.parse(web.body());
    assertThat(html.selectFirst("h1").text()).isEqualTo("Envoyée " + HOSTILE);
    assertThat(html.select("script")).isEmpty();
    assertThat(web.body()).doesNotContain("/newsletter/unsubscribe/", "/preferences/", "Bonjour");
    assertThat(reader.get("/newsletter/issues/" + (number + 1) + "/mail").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAuthorReachesNeitherTheComposerNorItsPreview() {
    long id = draft("Réservée");
    WebClient author = BackOfficeUsers.member(site.server, "AUTHOR");

    assertThat(author.get("/admin/newsletters/edit.xhtml?id=" + id).statusCode()).isEqualTo(403);
    assertThat(author.get("/admin/newsletters/preview?id=" + id + "&lang=fr").statusCode())
        .isEqualTo(403);
  }
}
