package app.tribune.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@DatabaseIndependent
class BrowserSessionIT {

  private static final String ACCESSIBLE_PAGE =
      "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
          + "<title>Tribune – Accueil</title></head><body><main>"
          + "<h1>Bienvenue</h1><p>Les dernières nouvelles de l'association.</p>"
          + "<a href=\"/agenda\">Voir l'agenda</a></main></body></html>";

  private static final String BROKEN_SCRIPT_PAGE =
      "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
          + "<title>Tribune – Erreur</title></head><body><main><h1>Agenda</h1>"
          + "<script>console.error('agenda indisponible');</script></main></body></html>";

  private static final String IMAGE_WITHOUT_TEXT_PAGE =
      "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
          + "<title>Tribune – Partenaires</title></head><body><main><h1>Partenaires</h1>"
          + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>";

  private static HttpServer site;

  @BeforeAll
  static void serveSite() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", exchange -> respond(exchange, ACCESSIBLE_PAGE));
    site.createContext("/broken", exchange -> respond(exchange, BROKEN_SCRIPT_PAGE));
    site.createContext("/partners", exchange -> respond(exchange, IMAGE_WITHOUT_TEXT_PAGE));
    site.start();
  }

  @AfterAll
  static void stopSite() {
    site.stop(0);
  }

  @Test
  void opensAnAccessiblePageWithoutConsoleErrors() {
    try (BrowserSession browser = BrowserSession.open()) {
      browser.driver().get(url("/"));

      assertThat(browser.driver().getTitle()).isEqualTo("Tribune – Accueil");
      assertThat(browser.consoleErrors()).isEmpty();
      assertThat(BrowserSession.axeViolations(browser.driver())).isEmpty();
    }
  }

  @Test
  void reportsWhatAScriptWritesToTheErrorConsole() {
    try (BrowserSession browser = BrowserSession.open()) {
      browser.driver().get(url("/broken"));

      assertThat(browser.consoleErrors())
          .singleElement()
          .asString()
          .contains("agenda indisponible");
    }
  }

  @Test
  void namesTheAccessibilityViolationsThatLockVisitorsOut() {
    try (BrowserSession browser = BrowserSession.open()) {
      browser.driver().get(url("/partners"));

      assertThat(BrowserSession.axeViolations(browser.driver()))
          .singleElement()
          .asString()
          .startsWith("critical image-alt: ")
          .contains("img");
    }
  }

  private static String url(String path) {
    return "http://localhost:" + site.getAddress().getPort() + path;
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String html)
      throws IOException {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
