package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An editor reaches the back office only through the login form, with the right password. */
class AdminLoginIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void theBackOfficeSendsStrangersToTheLoginPage() {
    HttpResponse<String> response = web.get("/admin/");

    assertThat(response.statusCode()).isIn(302, 303);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
  }

  @Test
  void theAdministratorLogsInWithThePasswordGivenAtFirstStart() {
    String sessionBeforeLogin = loginPage().sessionId;

    HttpResponse<String> response = web.logIn("admin", server.adminPassword());

    assertThat(response.statusCode()).isIn(302, 303);
    Document dashboard = web.page("/admin/");
    assertThat(dashboard.selectFirst("h1").text()).isEqualTo("Tableau de bord");
    assertThat(dashboard.select("#articles td.count")).isNotEmpty();
    assertThat(sessionId()).isNotEqualTo(sessionBeforeLogin);
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageThatRevealsNothing() {
    HttpResponse<String> wrongPassword = web.logIn("admin", "not-the-password-at-all");
    HttpResponse<String> unknownUser = web.logIn("nobody", "not-the-password-at-all");

    for (HttpResponse<String> response : new HttpResponse[] {wrongPassword, unknownUser}) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Jsoup.parse(response.body()).select(".ui-messages-error").text())
          .contains("Identifiant ou mot de passe incorrect.");
    }
    assertThat(web.get("/admin/").statusCode()).isIn(302, 303);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> login = web.get("/admin/login");

    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
  }

  @Test
  void loggingOutEndsTheSession() {
    web.logIn("admin", server.adminPassword());
    Document dashboard = web.page("/admin/");

    HttpResponse<String> response =
        web.submit(
            dashboard, "logout", Map.of(), dashboard.selectFirst("#logout button").attr("name"));

    assertThat(response.statusCode()).isIn(302, 303);
    assertThat(web.get("/admin/").statusCode()).isIn(302, 303);
  }

  private record LoginPage(Document page, String sessionId) {}

  private LoginPage loginPage() {
    Document page = web.page("/admin/login");
    return new LoginPage(page, sessionId());
  }

  private String sessionId() {
    return web.cookies().getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
