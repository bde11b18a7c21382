package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
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
 *
 * <p>The server trusts {@code ::1} as its reverse proxy: requests sent to {@code [::1]} play those
 * an nginx on the same host forwards, requests sent to {@code 127.0.0.1} those of a client talking
 * to the portal directly.
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
                "TRIBUNE_LOGIN_MAX_DELAY_SECONDS", "1",
                "TRIBUNE_TRUSTED_PROXIES", "::1"));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void failuresSlowDownThenEarnA429PerAccountThenPerAddress() throws InterruptedException {
    int port = URI.create(server.baseUrl()).getPort();
    String direct = "http://127.0.0.1:" + port;
    String throughProxy = "http://[::1]:" + port;
    WebClient admin = new WebClient(server.baseUrl());
    BackOfficeUsers.logInOrFail(admin, "admin", server.adminPassword());
    WebClient web = new WebClient(direct);
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

    // A client talking to the portal directly cannot pass for another with a forged header.
    WebClient forging = new WebClient(direct, Map.of("X-Forwarded-For", "198.51.100.7"));
    assertThat(forging.logIn("forger", "wrong password").statusCode()).isEqualTo(429);
    // Through the trusted proxy, the address it names is the client's: another address is free...
    WebClient elsewhere = new WebClient(throughProxy, Map.of("X-Forwarded-For", "198.51.100.7"));
    assertThat(elsewhere.logIn("proxied", "wrong password").statusCode()).isEqualTo(200);
    // ...but what a client wrote in the header before the proxy added its address is not.
    WebClient forgingThroughProxy =
        new WebClient(throughProxy, Map.of("X-Forwarded-For", "198.51.100.8, 127.0.0.1"));
    assertThat(forgingThroughProxy.logIn("forger-behind-proxy", "wrong password").statusCode())
        .isEqualTo(429);
    // The audit log, read in the session opened before, names the same clients.
    assertThat(logged(admin, "forger", "address")).containsOnly("127.0.0.1");
    assertThat(logged(admin, "proxied", "address")).containsOnly("198.51.100.7");
    assertThat(logged(admin, "forger-behind-proxy", "address")).containsOnly("127.0.0.1");

    // It also tells the throttled attempts apart.
    assertThat(logged(admin, "admin", "detail")).contains("throttled", "bad password", "success");
  }

  /** One column of the audit log's entries for {@code actor}, as the administrator reads it. */
  private static List<String> logged(WebClient admin, String actor, String column) {
    Document audit = admin.page("/admin/audit/");
    HttpResponse<String> filtered =
        admin.submit(audit, "audit", Map.of("audit:actor", actor), "audit:search");
    return Jsoup.parse(filtered.body()).select("#audit\\:entries_data td." + column).eachText();
  }
}
