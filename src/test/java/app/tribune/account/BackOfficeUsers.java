package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What tests do with accounts through the screens, as an administrator or as the user: the way to
 * get a back office session of any role.
 */
public final class BackOfficeUsers {

  /** The password of every account this class makes, once its one-time password is replaced. */
  public static final String MEMBER_PASSWORD = "un merle chante sur le toit";

  /** The usernames of {@link #member} accounts, by server address and role. */
  private static final Map<String, String> MEMBERS = new HashMap<>();

  private BackOfficeUsers() {}

  /**
   * A new account with {@code role}, made by the administrator of {@code server}, whose one-time
   * password its user has already replaced.
   *
   * @return a client logged in as that user
   */
  public static WebClient newUser(TribuneServer server, String role) {
    return activeUser(
        WebClient.administrator(server),
        server.baseUrl(),
        role,
        uniqueName(role.toLowerCase(Locale.ROOT)),
        MEMBER_PASSWORD);
  }

  /**
   * A client logged in, with a session of its own, as the one account with {@code role} that {@code
   * server} keeps for tests needing only someone with that role. The account is made on first use;
   * each later call costs one log-in, not an account made and its password replaced.
   */
  public static WebClient member(TribuneServer server, String role) {
    WebClient member = new WebClient(server.baseUrl());
    logInOrFail(member, memberName(server, role), MEMBER_PASSWORD);
    return member;
  }

  /**
   * The username of {@link #member}'s account with {@code role} on {@code server}, made on first
   * use; its password is {@link #MEMBER_PASSWORD}. For tests that log in some other way, in a
   * browser for instance.
   */
  public static String memberName(TribuneServer server, String role) {
    synchronized (MEMBERS) {
      return MEMBERS.computeIfAbsent(
          server.baseUrl() + " " + role,
          key -> {
            String name = uniqueName("member-" + role.toLowerCase(Locale.ROOT));
            activeUser(
                WebClient.administrator(server), server.baseUrl(), role, name, MEMBER_PASSWORD);
            return name;
          });
    }
  }

  public static void logInOrFail(WebClient web, String username, String password) {
    HttpResponse<String> response = web.logIn(username, password);
    assertThat(response.statusCode()).as("log-in of %s", username).isIn(302, 303);
  }

  /** A username no other test uses. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Creates an account through the users screen of {@code admin}, who must be logged in.
   *
   * @return the one-time password the screen shows
   */
  public static String create(WebClient admin, String username, String role) {
    Document users = admin.page("/admin/users/");
    HttpResponse<String> response =
        admin.submit(
            users,
            "create",
            Map.of(
                "create:username",
                username,
                "create:displayName",
                "Test " + username,
                "create:email",
                username + "@tribune.example",
                "create:roles",
                role,
                "create:language_input",
                "FR"),
            "create:submit");
    assertThat(response.statusCode()).isEqualTo(200);
    Element password =
        org.jsoup.Jsoup.parse(response.body()).getElementById("oneTimePasswordValue");
    assertThat(password).as("one-time password shown for %s", username).isNotNull();
    return password.text();
  }

  /**
   * A new user with {@code role}, created by {@code admin} (logged in), who has replaced their
   * one-time password by {@code password} and is logged in.
   */
  public static WebClient activeUser(
      WebClient admin, String baseUrl, String role, String name, String password) {
    String oneTime = create(admin, name, role);
    WebClient user = new WebClient(baseUrl);
    logInOrFail(user, name, oneTime);
    assertThat(changePassword(user, oneTime, password).statusCode()).isIn(302, 303);
    return user;
  }

  /** Presses the button {@code action} (reset, disable, enable) of the row of {@code username}. */
  static HttpResponse<String> rowAction(WebClient admin, String username, String action) {
    Document users = admin.page("/admin/users/");
    Element row =
        users.select("#users\\:table_data tr").stream()
            .filter(tr -> tr.select("span.username").text().equals(username))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row for " + username));
    Element button = row.selectFirst("button[id$=':" + action + "']");
    assertThat(button).as("%s button for %s", action, username).isNotNull();
    return admin.submit(users, "users", Map.of(), button.attr("name"));
  }

  /** Replaces the one-time password of the logged-in user, as the forced page asks. */
  public static HttpResponse<String> changePassword(WebClient web, String current, String next) {
    Document page = web.page("/admin/account/password.xhtml");
    return web.submit(
        page,
        "password",
        Map.of(
            "password:current", current,
            "password:next", next,
            "password:confirmation", next),
        "password:change");
  }

  static String sessionId(WebClient web) {
    return web.cookies().getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }
}
