package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password guessing slows down, then answers 429 with Retry-After, per account and per address; the
 * right password gets no further while it lasts. On a server of its own with small limits, so the
 * shared server's log-ins from this address are not held up. The throttle lives in memory.
 */
@DatabaseIndependent
class LoginThrottlingIT {

  private static TribuneServer server;

  @BeforeAll
  static void startWithSmallLimits() {
    server =
        TribuneServer.start(
            "throttle",
            Map.of(
                "TRIBUNE_LOGIN_ACCOUNT_MAX_FAILURES", "5",
                "TRIBUNE_LOGIN_ADDRESS_MAX_FAILURES", "9",
                "TRIBUNE_LOGIN_MAX_DELAY_SECONDS", "1"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void failuresSlowDownThenEarnA429PerAccountThenPerAddress() throws InterruptedException {
    WebClient admin = new WebClient(server.baseUrl());
    BackOfficeUsers.logInOrFail(admin, "admin", server.adminPassword());
    WebClient web = new WebClient(server.baseUrl());
    // Two free failures, then each one costs a second's wait before the next is even checked.
    assertThat(web.logIn("admin", "wrong password number 1").statusCode()).isEqualTo(200);
    assertThat(web.logIn("admin", "wrong password number 2").statusCode()).isEqualTo(200);
    assertThat(web.logIn("admin", "wrong password number 3").statusCode()).isEqualTo(200);

    HttpResponse<String> tooSoon = web.logIn("admin", server.adminPassword());
    assertThat(tooSoon.statusCode()).isEqualTo(429);
    assertThat(tooSoon.headers().firstValue("Retry-After")).contains("1");
    assertThat(Jsoup.parse(tooSoon.body()).select(".ui-messages-error").text())
        .contains("Trop de tentatives");

    Thread.sleep(1_100);
    assertThat(web.logIn("admin", "wrong password number 4").statusCode()).isEqualTo(200);
    Thread.sleep(1_100);
    assertThat(web.logIn("admin", "wrong password number 5").statusCode()).isEqualTo(200);

    // Five failures: the account waits the whole window, even with the right password.
    Thread.sleep(1_100);
    HttpResponse<String> paused = web.logIn("admin", server.adminPassword());
    assertThat(paused.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
    assertThat(new WebClient(server.baseUrl()).get("/admin/").statusCode()).isIn(302, 303);

    // Another account from the same address is still checked, until the address has failed
    // nine times: three free, then a second between attempts, then a pause for everyone here.
    for (int i = 6; i <= 9; i++) {
      assertThat(web.logIn("someone-" + i, "wrong password").statusCode()).isEqualTo(200);
      Thread.sleep(1_100);
    }
    HttpResponse<String> addressPaused = web.logIn("someone-else", "wrong password");
    assertThat(addressPaused.statusCode()).isEqualTo(429);
    assertThat(addressPaused.headers().firstValue("Retry-After")).isPresent();

    // A session opened before keeps working, and the audit log tells the throttled attempts apart.
    Document audit = admin.page("/admin/audit/");
    HttpResponse<String> filtered =
        admin.submit(audit, "audit", Map.of("audit:actor", "admin"), "audit:search");
    assertThat(Jsoup.parse(filtered.body()).select("#audit\\:entries_data td.detail").eachText())
        .contains("throttled", "bad password", "success");
  }
}
