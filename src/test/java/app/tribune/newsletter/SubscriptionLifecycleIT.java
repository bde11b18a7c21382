package app.tribune.newsletter;

import static app.tribune.newsletter.NewsletterSite.header;
import static app.tribune.newsletter.NewsletterSite.link;
import static app.tribune.newsletter.NewsletterSite.part;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A reader's whole path through the newsletter, over real HTTP and SMTP: subscribe, confirm from
 * the mail, change preferences, leave with one click; and never a cookie on the way.
 */
class SubscriptionLifecycleIT {

  private final NewsletterSite site = NewsletterSite.shared();

  @Test
  void subscribeConfirmChangePreferencesAndUnsubscribeWithOneClick() throws Exception {
    String address = NewsletterSite.freshAddress("marie");
    Document form = site.page(site.get("/nl/newsletter"));
    Element firstTopic = form.selectFirst("#newsletter-form input[name=topic]");
    assertThat(firstTopic).as("topics to choose from").isNotNull();

    HttpResponse<String> sent =
        site.subscribe(
            "/nl/newsletter",
            Map.of(
                "email", List.of(address),
                "name", List.of("Marie Dupont"),
                "topic", List.of(firstTopic.val()),
                "language", List.of("nl")));
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.endsWith("/nl/newsletter?sent"));
    assertNoCookie(sent);
    HttpResponse<String> answer = site.get("/nl/newsletter?sent");
    assertThat(site.page(answer).select("h1").text()).isEqualTo("Kijk in uw mailbox");
    assertNoCookie(answer);

    MimeMessage confirmation = site.awaitMail(address, 1);
    assertThat(confirmation.getSubject()).startsWith("Bevestig uw inschrijving");
    assertThat(part(confirmation, "text/plain")).contains("Hallo Marie Dupont,");
    assertThat(part(confirmation, "text/html"))
        .contains("<html lang=\"nl\">", "Mijn inschrijving bevestigen");
    String confirmUrl = link(confirmation, "/nl/newsletter/confirm/");

    // Following the link (as a mail filter would) confirms nothing; the button does.
    HttpResponse<String> ask = site.get(confirmUrl);
    assertThat(ask.statusCode()).isEqualTo(200);
    assertThat(ask.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(ask.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertNoCookie(ask);
    Element button = site.page(ask).selectFirst("main form[method=post] button");
    assertThat(button.text()).isEqualTo("Ik bevestig mijn inschrijving");
    assertThat(site.mailTo(address)).hasSize(1);

    HttpResponse<String> confirmed = site.post(confirmUrl, Map.of());
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Uw inschrijving is bevestigd");
    assertNoCookie(confirmed);
    HttpResponse<String> again = site.post(confirmUrl, Map.of());
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("niet geldig of werd al gebruikt");

    MimeMessage welcome = site.awaitMail(address, 2);
    assertThat(welcome.getSubject()).startsWith("Welkom bij de nieuwsbrief");
    assertThat(header(welcome, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    Matcher listUnsubscribe =
        Pattern.compile("<(https?://[^>]+/nl/newsletter/unsubscribe/[^>]+)>, <mailto:[^>]+>")
            .matcher(header(welcome, "List-Unsubscribe"));
    assertThat(listUnsubscribe.matches()).as(header(welcome, "List-Unsubscribe")).isTrue();
    String preferencesUrl = link(welcome, "/newsletter/preferences/");

    Document preferences = site.page(site.get(preferencesUrl));
    assertThat(preferences.select("#newsletter-status").text())
        .isEqualTo("U ontvangt de nieuwsbrief.");
    assertThat(
            preferences
                .selectFirst("#preferences-form input[value=" + firstTopic.val() + "]")
                .hasAttr("checked"))
        .isTrue();
    HttpResponse<String> saved =
        site.post(
            preferencesUrl,
            Map.of("action", List.of("save"), "language", List.of("en"), "topic", List.of()));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("Uw voorkeuren zijn opgeslagen.");
    assertNoCookie(saved);
    Document changed = site.page(site.get(preferencesUrl));
    assertThat(changed.selectFirst("#preferences-language option[selected]").val()).isEqualTo("en");
    assertThat(changed.select("#preferences-form input[name=topic][checked]")).isEmpty();

    String unsubscribeUrl = listUnsubscribe.group(1);
    HttpResponse<String> oneClick =
        site.post(unsubscribeUrl, Map.of("List-Unsubscribe", List.of("One-Click")));
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(oneClick.headers().firstValue("Location")).isEmpty();
    assertThat(oneClick.body()).contains("U bent uitgeschreven");
    assertNoCookie(oneClick);
    HttpResponse<String> twice =
        site.post(unsubscribeUrl, Map.of("List-Unsubscribe", List.of("One-Click")));
    assertThat(twice.statusCode()).isEqualTo(200);
    assertThat(site.page(site.get(preferencesUrl)).select("#newsletter-status").text())
        .isEqualTo("U ontvangt de nieuwsbrief niet.");

    // The record of consent, as the subscriber can read it: each step, once.
    site.post(preferencesUrl, Map.of("action", List.of("data")));
    MimeMessage data = site.awaitMail(address, 3);
    assertThat(data.getSubject()).isEqualTo("Your data at Terres Solidaires");
    String history = part(data, "text/plain");
    assertThat(history)
        .contains(address, "Marie Dupont", "unsubscribed")
        .containsSubsequence(
            "subscription requested", "confirmed", "preferences changed", "unsubscribed");
    assertThat(history.split("unsubscribed", -1)).hasSize(3);
  }

  @Test
  void aMultipartOneClickRequestUnsubscribesToo() {
    String address = site.confirmedSubscriber("jan", "fr");
    MimeMessage welcome = site.awaitMail(address, 2);
    String unsubscribeUrl = header(welcome, "List-Unsubscribe").replaceFirst("^<([^>]+)>.*$", "$1");

    HttpResponse<String> ask = site.get(unsubscribeUrl);
    assertThat(ask.statusCode()).isEqualTo(200);
    assertThat(site.page(ask).selectFirst("main form button").text()).isEqualTo("Me désinscrire");

    HttpResponse<String> oneClick =
        site.postMultipart(unsubscribeUrl, "List-Unsubscribe", "One-Click");
    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(oneClick.body()).contains("vous ne recevrez plus l’infolettre");
    assertThat(oneClick.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertNoCookie(oneClick);
    String preferencesUrl = link(welcome, "/newsletter/preferences/");
    assertThat(site.page(site.get(preferencesUrl)).select("#newsletter-status").text())
        .contains("Vous ne recevez pas");
  }

  @Test
  void subscribingAgainAfterLeavingGoesThroughTheOptInAgain() throws Exception {
    String address = site.confirmedSubscriber("anne", "en");
    MimeMessage welcome = site.awaitMail(address, 2);
    site.post(link(welcome, "/newsletter/preferences/"), Map.of("action", List.of("unsubscribe")));

    site.subscribe(address, "en");

    MimeMessage second = site.awaitMail(address, 3);
    assertThat(second.getSubject()).startsWith("Confirm your subscription");
    assertThat(site.post(link(second, "/newsletter/confirm/"), Map.of()).body())
        .contains("Your subscription is confirmed");
  }

  @Test
  void erasingLeavesNothingToReachTheSubscriberBy() {
    String address = site.confirmedSubscriber("erase", "fr");
    String preferencesUrl = link(site.awaitMail(address, 2), "/newsletter/preferences/");

    HttpResponse<String> unconfirmed =
        site.post(preferencesUrl, Map.of("action", List.of("erase")));
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("Cochez la case");

    HttpResponse<String> erased =
        site.post(
            preferencesUrl, Map.of("action", List.of("erase"), "confirmErase", List.of("yes")));
    assertThat(erased.statusCode()).isEqualTo(200);
    assertThat(erased.body()).contains("Vos données ont été effacées.").doesNotContain(address);
    HttpResponse<String> gone = site.get(preferencesUrl);
    assertThat(gone.statusCode()).isEqualTo(400);
    assertThat(gone.body()).doesNotContain(address);
  }

  @Test
  void theFormAnswersTheSameForNewPendingAndSubscribedAddresses() throws Exception {
    String subscribed = site.confirmedSubscriber("known", "fr");
    String pending = NewsletterSite.freshAddress("pending");
    site.subscribe(pending, "fr");
    String unknown = NewsletterSite.freshAddress("unknown");

    List<HttpResponse<String>> answers =
        List.of(
            site.subscribe(subscribed, "fr"),
            site.subscribe(pending, "fr"),
            site.subscribe(unknown, "fr"));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location"))
          .isEqualTo(answers.get(0).headers().firstValue("Location"));
      assertThat(answer.body()).isEqualTo(answers.get(0).body());
      assertNoCookie(answer);
    }
    // The subscriber is told, and nothing about them changes.
    assertThat(site.awaitMail(subscribed, 3).getSubject())
        .startsWith("Votre inscription à l’infolettre");
    assertThat(site.awaitMail(pending, 2).getSubject()).startsWith("Confirmez votre inscription");
  }

  private static void assertNoCookie(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
  }
}
