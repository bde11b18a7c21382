package app.tribune.account;

import static app.tribune.account.BackOfficeUsers.changePassword;
import static app.tribune.account.BackOfficeUsers.create;
import static app.tribune.account.BackOfficeUsers.logInOrFail;
import static app.tribune.account.BackOfficeUsers.rowAction;
import static app.tribune.account.BackOfficeUsers.sessionId;
import static app.tribune.account.BackOfficeUsers.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts as the people behind them meet them: created by an administrator with a one-time
 * password, forced to choose their own, kept to what their role allows, shut out when disabled, and
 * every log-in, failure and log-out written in the audit log.
 */
// Accounts, roles, sessions and headers: service rules over portable JPA.
@DatabaseIndependent
class AccountSecurityIT {

  private static final String OWN_PASSWORD = "une tortue traverse la route";

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient admin = new WebClient(server.baseUrl());

  @BeforeEach
  void logInAsAdministrator() {
    logInOrFail(admin, "admin", server.adminPassword());
  }

  @Test
  void aNewUserMustReplaceTheOneTimePasswordBeforeAnythingElse() {
    String name = uniqueName("forced");
    String oneTime = create(admin, name, "AUTHOR");
    WebClient user = new WebClient(server.baseUrl());

    String before = sessionIdAfterVisitingLogin(user);
    HttpResponse<String> login = user.logIn(name, oneTime);

    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/admin/account/password.xhtml"));
    assertThat(sessionId(user)).isNotEqualTo(before);
    HttpResponse<String> dashboard = user.get("/admin/");
    assertThat(dashboard.statusCode()).isIn(302, 303);
    assertThat(dashboard.headers().firstValue("Location").orElseThrow())
        .endsWith("/admin/account/password.xhtml");

    HttpResponse<String> common = changePassword(user, oneTime, "azertyuiop123");
    assertThat(Jsoup.parse(common.body()).select(".ui-message-error").text())
        .contains("trop courant");
    assertThat(user.get("/admin/").statusCode()).isIn(302, 303);

    HttpResponse<String> changed = changePassword(user, oneTime, OWN_PASSWORD);
    assertThat(changed.statusCode()).isIn(302, 303);
    assertThat(user.page("/admin/").selectFirst("h1").text()).isEqualTo("Tableau de bord");

    WebClient again = new WebClient(server.baseUrl());
    assertThat(again.logIn(name, oneTime).statusCode()).isEqualTo(200);
    logInOrFail(again, name, OWN_PASSWORD);
  }

  @Test
  void editorsAndAuthorsCannotReachUsersNorAuditAndDoNotSeeTheirLinks() {
    Document adminDashboard = admin.page("/admin/");
    assertThat(adminDashboard.select("a[href$='/admin/users/index.xhtml']")).isNotEmpty();
    assertThat(adminDashboard.select("a[href$='/admin/audit/index.xhtml']")).isNotEmpty();

    for (String role : List.of("EDITOR", "AUTHOR")) {
      WebClient user = BackOfficeUsers.member(server, role);

      Document dashboard = user.page("/admin/");
      assertThat(dashboard.select("a[href*='/admin/users/']")).as(role).isEmpty();
      assertThat(dashboard.select("a[href*='/admin/audit/']")).as(role).isEmpty();
      for (String page : List.of("/admin/users/", "/admin/users/index.xhtml", "/admin/audit/")) {
        assertThat(user.get(page).statusCode()).as("%s on %s", role, page).isEqualTo(403);
      }
      Document refusal = Jsoup.parse(user.get("/admin/users/").body());
      assertThat(refusal.select("h1").text()).isEqualTo("Accès refusé");
      assertThat(refusal.select("main a[href='/admin/']")).hasSize(1);
      assertThat(user.get("/admin/account/password.xhtml").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void authorsCannotReachSubscribersNorSeeTheirLinkWhileEditorsCan() {
    WebClient author = BackOfficeUsers.member(server, "AUTHOR");
    assertThat(author.page("/admin/").select("a[href*='/admin/subscribers/']")).isEmpty();
    for (String page :
        List.of(
            "/admin/subscribers/",
            "/admin/subscribers/view.xhtml?id=1",
            "/admin/subscribers/import.xhtml")) {
      assertThat(author.get(page).statusCode()).as("author on %s", page).isEqualTo(403);
    }

    WebClient editor = BackOfficeUsers.member(server, "EDITOR");
    assertThat(editor.page("/admin/").select("a[href*='/admin/subscribers/']")).isNotEmpty();
    assertThat(editor.get("/admin/subscribers/").statusCode()).isEqualTo(200);
  }

  @Test
  void disablingAUserEndsTheirLiveSessionAndTheirNextLogIn() {
    String name = uniqueName("leaver");
    WebClient user = activeUser("EDITOR", name);
    assertThat(user.get("/admin/").statusCode()).isEqualTo(200);

    HttpResponse<String> disabled = rowAction(admin, name, "disable");
    assertThat(disabled.statusCode()).isEqualTo(200);

    HttpResponse<String> next = user.get("/admin/");
    assertThat(next.statusCode()).isIn(302, 303);
    assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
    assertThat(new WebClient(server.baseUrl()).logIn(name, OWN_PASSWORD).statusCode())
        .isEqualTo(200);

    rowAction(admin, name, "enable");
    logInOrFail(new WebClient(server.baseUrl()), name, OWN_PASSWORD);
  }

  @Test
  void anAdministratorCannotDisableThemselves() {
    HttpResponse<String> response = rowAction(admin, "admin", "disable");

    assertThat(response.body()).contains("propre compte");
    assertThat(admin.get("/admin/").statusCode()).isEqualTo(200);
    logInOrFail(new WebClient(server.baseUrl()), "admin", server.adminPassword());
  }

  @Test
  void everyLogInFailureAndLogOutIsInTheAuditLogWithItsReason() {
    String name = uniqueName("audited");
    WebClient user = activeUser("AUTHOR", name);
    WebClient other = new WebClient(server.baseUrl());
    other.logIn(name, "not the right password at all");
    String ghost = uniqueName("ghost");
    other.logIn(ghost, "not the right password at all");
    rowAction(admin, name, "disable");
    other.logIn(name, OWN_PASSWORD);
    rowAction(admin, name, "enable");
    logInOrFail(user, name, OWN_PASSWORD);
    Document dashboard = user.page("/admin/");
    user.submit(
        dashboard, "logout", Map.of(), dashboard.selectFirst("#logout button").attr("name"));

    List<String> entries = auditOf(name);
    assertThat(entries)
        .contains(
            "account.login success",
            "account.login bad password",
            "account.login disabled",
            "account.logout",
            "account.password");
    assertThat(auditOf(ghost)).containsExactly("account.login unknown user");
  }

  @Test
  void backOfficePagesAreNeverStoredAndCarryTheSecurityHeaders() {
    for (String page : List.of("/admin/", "/admin/users/", "/admin/login")) {
      HttpResponse<String> response =
          page.equals("/admin/login") ? new WebClient(server.baseUrl()).get(page) : admin.get(page);

      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).as(page).contains("no-store");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("frame-ancestors 'self'")
          .contains("object-src 'none'");
      assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }
  }

  @Test
  void theLoginPageFollowsTheBrowsersLanguageAndTheAccountItsOwn() throws Exception {
    HttpResponse<String> english =
        WebClient.plainHttp()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/admin/login")))
                    .header("Accept-Language", "en-GB,en;q=0.8,fr;q=0.5")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(Jsoup.parse(english.body()).selectFirst("h1").text())
        .isEqualTo("Sign in to the newsroom");
    assertThat(new WebClient(server.baseUrl()).page("/admin/login").selectFirst("h1").text())
        .isEqualTo("Connexion à l’espace rédaction");

    WebClient user = activeUser("EDITOR");
    Document account = user.page("/admin/account/password.xhtml");
    user.submit(
        account,
        "preferences",
        Map.of("preferences:language_input", "EN"),
        "preferences:saveLanguage");
    assertThat(user.page("/admin/").selectFirst("h1").text()).isEqualTo("Dashboard");
    assertThat(user.page("/admin/").selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void hostileInputOnTheUsersScreenIsRefusedWithAMessage() {
    for (String username : List.of("<script>x</script>", "a", "jean dupont", "../admin", "-lead")) {
      Document users = admin.page("/admin/users/");
      HttpResponse<String> response =
          admin.submit(
              users,
              "create",
              Map.of(
                  "create:username", username,
                  "create:displayName", "<img src=x onerror=alert(1)>",
                  "create:roles", "ADMIN",
                  "create:language_input", "FR"),
              "create:submit");
      Document page = Jsoup.parse(response.body());
      assertThat(page.getElementById("oneTimePasswordValue")).as(username).isNull();
      assertThat(page.select("img[onerror]")).isEmpty();
    }
    Document users = admin.page("/admin/users/");
    HttpResponse<String> unknownRole =
        admin.submit(
            users,
            "create",
            Map.of(
                "create:username", uniqueName("role"),
                "create:displayName", "Test",
                "create:roles", "SUPERUSER",
                "create:language_input", "FR"),
            "create:submit");
    assertThat(Jsoup.parse(unknownRole.body()).getElementById("oneTimePasswordValue")).isNull();
  }

  /** A user with {@code role} who has chosen their own password and is logged in. */
  private WebClient activeUser(String role) {
    return activeUser(role, uniqueName(role.toLowerCase()));
  }

  private WebClient activeUser(String role, String name) {
    return BackOfficeUsers.activeUser(admin, server.baseUrl(), role, name, OWN_PASSWORD);
  }

  /** The action and detail of each audit entry of {@code actor}, as the audit screen lists them. */
  private List<String> auditOf(String actor) {
    Document audit = admin.page("/admin/audit/");
    HttpResponse<String> filtered =
        admin.submit(audit, "audit", Map.of("audit:actor", actor), "audit:search");
    return Jsoup.parse(filtered.body()).select("#audit\\:entries_data tr").stream()
        .filter(row -> row.selectFirst("td.action") != null)
        .map(row -> (row.select("td.action").text() + " " + row.select("td.detail").text()).strip())
        .toList();
  }

  private static String sessionIdAfterVisitingLogin(WebClient web) {
    web.page("/admin/login");
    return sessionId(web);
  }
}
