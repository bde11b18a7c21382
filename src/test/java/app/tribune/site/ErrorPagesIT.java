package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The friendly 404 and 500 pages: in the reader's language, with a breadcrumb, no stack trace. */
class ErrorPagesIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void notFoundPagesSpeakTheLanguageOfTheAddress() {
    assertNotFound("/no/such/page", "fr", "Page introuvable", "Accueil", "Erreur", "/");
    assertNotFound("/nl/no/such/page", "nl", "Pagina niet gevonden", "Home", "Fout", "/nl/");
    assertNotFound(
        "/nl/articles/geen-artikel", "nl", "Pagina niet gevonden", "Home", "Fout", "/nl/");
    assertNotFound("/en/section/nowhere", "en", "Page not found", "Home", "Error", "/en/");
  }

  @Test
  void aFormPostedAfterItsSessionIsGoneGetsTheFriendlyServerErrorPage() {
    // A login form left open past the session's life (or forged) posts a view state the server
    // no longer has: the view cannot be restored, a genuine failure of the request.
    HttpResponse<String> french = postStaleLoginForm("/admin/login");
    HttpResponse<String> dutch = postStaleLoginForm("/nl/admin/login");

    assertThat(french.statusCode()).isEqualTo(500);
    Document page = Jsoup.parse(french.body());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Une erreur est survenue");
    assertThat(page.select(".breadcrumb a, .breadcrumb span").eachText())
        .containsExactly("Accueil", "Erreur");
    assertThat(french.body())
        .doesNotContain("Exception", "at jakarta.", "at com.sun.", "at org.", "ViewState");
    assertThat(french.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(french.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(french.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(dutch.statusCode()).isEqualTo(500);
    assertThat(Jsoup.parse(dutch.body()).selectFirst("h1").text()).isEqualTo("Er ging iets mis");
  }

  @Test
  void aLanguagePrefixNeverOpensTheBackOffice() {
    for (String path : List.of("/nl/admin/", "/en/admin/index.xhtml", "/nl/admin/index.xhtml")) {
      HttpResponse<String> response = web.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain("Tableau de bord", "Dashboard");
    }
  }

  @Test
  void errorPagesSetNoCookie() {
    for (String path : List.of("/no/such/page", "/nl/nope", "/articles/nothing-here")) {
      assertThat(web.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  private void assertNotFound(
      String path, String language, String title, String home, String error, String homeLink) {
    HttpResponse<String> response = web.get(path);

    assertThat(response.statusCode()).as(path).isEqualTo(404);
    Document page = Jsoup.parse(response.body());
    assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(language);
    assertThat(page.selectFirst("h1").text()).as(path).isEqualTo(title);
    assertThat(page.select(".breadcrumb a, .breadcrumb span").eachText())
        .as(path)
        .containsExactly(home, error);
    assertThat(page.selectFirst(".breadcrumb a").attr("href")).as(path).isEqualTo(homeLink);
    assertThat(response.body()).as(path).doesNotContain("Exception", "at org.");
  }

  private HttpResponse<String> postStaleLoginForm(String path) {
    String form =
        "login=login&login%3Ausername=reader&login%3Apassword=secret&login%3Asubmit=x"
            + "&jakarta.faces.ViewState=-1234567890%3A987654321";
    return new WebClient(server.baseUrl()).postForm(path, form);
  }
}
