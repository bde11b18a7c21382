package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.SignedTokens.Purpose;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What visitors type into the subscription form and the newsletter's links, mistakes and attacks
 * alike: each gets a clear answer in the page's language, never a server error, never their input
 * back unescaped, and no cookie.
 */
class HostileSubscriptionIT {

  private static final String XSS = "<script>alert('x')</script>";

  private final NewsletterSite site = NewsletterSite.shared();

  @Test
  void badAddressesAreRefusedWithTheirReasonAndWhatWasTypedIsKept() {
    Map<String, String> expectations =
        Map.of(
            "marie",
            "Il manque le domaine de l’adresse",
            "marie dupont@example.org",
            "n’est pas valide",
            "a".repeat(65) + "@example.org",
            "Cette adresse est trop longue",
            "x".repeat(10_000),
            "Cette adresse est trop longue",
            "",
            "Indiquez votre adresse e-mail.");
    expectations.forEach(
        (address, message) -> {
          HttpResponse<String> answer = site.subscribe("/newsletter", form(address, "Marie"));
          assertThat(answer.statusCode()).as(address).isEqualTo(400);
          Document page = site.page(answer);
          assertThat(page.select("#newsletter-email-error").text()).as(address).contains(message);
          assertThat(page.selectFirst("#newsletter-email").val()).isEqualTo(address);
          assertThat(page.selectFirst("#newsletter-email").attr("aria-invalid")).isEqualTo("true");
          assertThat(page.selectFirst("#newsletter-name").val()).isEqualTo("Marie");
          assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        });
  }

  @Test
  void messagesSpeakThePagesLanguage() {
    HttpResponse<String> english = site.subscribe("/en/newsletter", form("marie", null));
    HttpResponse<String> dutch = site.subscribe("/nl/newsletter", form("marie", null));

    assertThat(site.page(english).select("#newsletter-email-error").text())
        .startsWith("The address lacks its domain");
    assertThat(site.page(dutch).select("#newsletter-email-error").text())
        .startsWith("Het domein van het adres ontbreekt");
  }

  @Test
  void aNameCannotInjectHeadersOrScript() throws Exception {
    HttpResponse<String> crlf =
        site.subscribe(
            "/newsletter",
            form(NewsletterSite.freshAddress("crlf"), "Marie\r\nBcc: everyone@example.org"));
    assertThat(crlf.statusCode()).isEqualTo(400);
    assertThat(site.page(crlf).select("#newsletter-name-error").text())
        .isEqualTo("Le nom doit tenir sur une seule ligne.");

    HttpResponse<String> refused = site.subscribe("/newsletter", form("not an address", XSS));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain(XSS);
    assertThat(site.page(refused).selectFirst("#newsletter-name").val()).isEqualTo(XSS);

    String address = NewsletterSite.freshAddress("xss");
    assertThat(site.subscribe("/newsletter", form(address, XSS)).statusCode()).isEqualTo(303);
    String html = NewsletterSite.part(site.awaitMail(address, 1), "text/html");
    assertThat(html).doesNotContain(XSS).contains("&lt;script&gt;");

    HttpResponse<String> tooLong = site.subscribe("/newsletter", form(address, "y".repeat(10_000)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Le nom est trop long");
  }

  @Test
  void aForgedFormTokenGetsAGenericMessageAndAnExpiredOneKeepsTheForm() {
    Map<String, List<String>> forged = new HashMap<>(form("forged@example.org", "Marie"));
    forged.put("token", List.of("f.0.9999999999.AAAA.forged"));
    HttpResponse<String> forgedAnswer = site.post("/newsletter", forged);
    assertThat(forgedAnswer.statusCode()).isEqualTo(400);
    assertThat(site.page(forgedAnswer).select(".form-error").text())
        .isEqualTo("Le formulaire n’a pas pu être traité. Rechargez la page et réessayez.");
    assertThat(forgedAnswer.body()).doesNotContain("forged@example.org");

    Map<String, List<String>> expired = new HashMap<>(form("late@example.org", "Marie"));
    expired.put(
        "token",
        List.of(
            signerAt(Instant.now().minus(Duration.ofDays(3)))
                .issue(Purpose.FORM, 0, Duration.ofHours(24))));
    HttpResponse<String> expiredAnswer = site.post("/en/newsletter", expired);
    assertThat(expiredAnswer.statusCode()).isEqualTo(400);
    Document page = site.page(expiredAnswer);
    assertThat(page.select(".form-error").text()).startsWith("The form has expired.");
    assertThat(page.selectFirst("#newsletter-email").val()).isEqualTo("late@example.org");
    assertThat(page.selectFirst("#newsletter-form input[name=token]").val())
        .isNotEqualTo(expired.get("token").get(0));

    Map<String, List<String>> none = new HashMap<>(form("none@example.org", null));
    none.remove("token");
    assertThat(site.post("/newsletter", none).statusCode()).isEqualTo(400);
  }

  @Test
  void aRobotFillingTheTrapFieldIsToldNothingAndSendsNothing() {
    String robot = NewsletterSite.freshAddress("robot");
    Map<String, List<String>> values = new HashMap<>(form(robot, "Robot"));
    values.put("website", List.of("https://spam.example"));

    HttpResponse<String> answer = site.subscribe("/newsletter", values);

    assertThat(answer.statusCode()).isEqualTo(303);
    String human = NewsletterSite.freshAddress("human");
    site.subscribe(human, "fr");
    site.awaitMail(human, 1);
    assertThat(site.mailTo(robot)).isEmpty();
  }

  @Test
  void anAddressCannotBeFloodedWithConfirmationMails() throws Exception {
    String address = NewsletterSite.freshAddress("flood");
    for (int i = 0; i < AddressRateLimit.ATTEMPTS + 2; i++) {
      assertThat(site.subscribe(address, "fr").statusCode()).isEqualTo(303);
    }
    String marker = NewsletterSite.freshAddress("marker");
    site.subscribe(marker, "fr");
    site.awaitMail(marker, 1);

    assertThat(site.mailTo(address)).hasSize(AddressRateLimit.ATTEMPTS);
  }

  @Test
  void internationalisedDomainsAreAccepted() throws Exception {
    String local = NewsletterSite.freshAddress("idn").replace("@example.org", "");
    assertThat(site.subscribe(local + "@café.example", "fr").statusCode()).isEqualTo(303);
    assertThat(site.awaitMail(local + "@xn--caf-dma.example", 1).getAllRecipients()).hasSize(1);
  }

  @Test
  void forgedExpiredAndWrongPurposeLinksAreRefusedPlainly() {
    SignedTokens server = signerAt(Instant.now());
    String expiredConfirm =
        signerAt(Instant.now().minus(Duration.ofDays(5)))
            .issue(Purpose.CONFIRM, 1, Duration.ofHours(48));
    String unknownConfirm = server.issue(Purpose.CONFIRM, 1, Duration.ofHours(48));
    String wrongPurpose = server.issue(Purpose.UNSUBSCRIBE, 1, null);

    assertAnswer(
        site.get("/newsletter/confirm/" + expiredConfirm),
        400,
        "Ce lien de confirmation a expiré.");
    assertAnswer(site.post("/newsletter/confirm/" + expiredConfirm, Map.of()), 400, "a expiré");
    assertAnswer(
        site.post("/newsletter/confirm/" + unknownConfirm, Map.of()),
        400,
        "n’est pas valide ou a déjà servi");
    assertAnswer(
        site.get("/newsletter/preferences/" + wrongPurpose), 400, "Ce lien n’est pas valide.");
    assertAnswer(
        site.get("/newsletter/preferences/p.1.0.0.forged"), 400, "Ce lien n’est pas valide.");
    assertAnswer(
        site.post("/newsletter/unsubscribe/u.1.0.0.forged", Map.of()),
        400,
        "Ce lien n’est pas valide.");
    assertAnswer(
        site.get("/en/newsletter/unsubscribe/" + XSS.replaceAll("[^a-z]", "")),
        400,
        "This link is not valid.");
    assertThat(site.get("/newsletter/confirm/%3Cscript%3E").statusCode()).isEqualTo(404);
  }

  private static void assertAnswer(HttpResponse<String> response, int status, String text) {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
    assertThat(response.body()).contains(text);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  private static SignedTokens signerAt(Instant instant) {
    return new SignedTokens(
        NewsletterSite.SECRET.getBytes(StandardCharsets.UTF_8),
        Clock.fixed(instant, ZoneOffset.UTC));
  }

  private static Map<String, List<String>> form(String address, String name) {
    Map<String, List<String>> values = new HashMap<>();
    values.put("email", List.of(address));
    if (name != null) {
      values.put("name", List.of(name));
    }
    values.put("language", List.of("fr"));
    return values;
  }
}
