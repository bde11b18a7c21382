package app.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Walks the demo site as a reader's browser would, from the home page in each interface language
 * and from the addresses robots and feed readers start at, and follows every same-site link, image,
 * stylesheet and script: none of the answers may set a cookie, and none may be a server error. Each
 * request goes out without cookies, as a first visit does.
 */
class CookieFreeIT {

  private static final Logger LOG = Logger.getLogger(CookieFreeIT.class.getName());
  private static final int MAX_URLS = 300;
  private static final List<String> STARTS =
      List.of("/", "/nl/", "/en/", "/robots.txt", "/sitemap.xml", "/feed.xml");

  private final TribuneServer server = TribuneServer.shared();
  private final HttpClient http = WebClient.plainHttp().build();

  @Test
  void noPublicAddressSetsACookieOrFails() {
    URI base = URI.create(server.baseUrl() + "/");
    Set<URI> seen = new LinkedHashSet<>();
    Deque<URI> queue = new ArrayDeque<>();
    STARTS.forEach(start -> enqueue(base.resolve(start.substring(1)), base, seen, queue));
    List<String> problems = new ArrayList<>();

    while (!queue.isEmpty()) {
      URI uri = queue.removeFirst();
      HttpResponse<byte[]> response = get(uri);
      List<String> cookies = response.headers().allValues("Set-Cookie");
      if (!cookies.isEmpty()) {
        problems.add(uri.getRawPath() + " set " + cookies);
      }
      if (response.statusCode() >= 500) {
        problems.add(uri.getRawPath() + " answered " + response.statusCode());
      }
      links(uri, response).forEach(link -> enqueue(link, base, seen, queue));
    }

    LOG.info(() -> "Walked " + seen.size() + " public addresses");
    assertThat(problems).isEmpty();
    // The demo site has dozens of articles, sections and images: a short walk means broken links.
    assertThat(seen).hasSizeGreaterThan(40);
    assertThat(seen).anyMatch(uri -> uri.getPath().startsWith("/media/"));
    assertThat(seen).anyMatch(uri -> uri.getPath().startsWith("/resources/"));
    assertThat(seen).anyMatch(uri -> uri.getPath().startsWith("/nl/"));
  }

  private void enqueue(URI link, URI base, Set<URI> seen, Deque<URI> queue) {
    if (seen.size() >= MAX_URLS || !sameSite(link, base) || isBackOffice(link)) {
      return;
    }
    URI withoutFragment = URI.create(link.toString().replaceFirst("#.*$", ""));
    if (seen.add(withoutFragment)) {
      queue.addLast(withoutFragment);
    }
  }

  private static boolean sameSite(URI link, URI base) {
    return link.getHost() != null
        && link.getHost().equals(base.getHost())
        && link.getPort() == base.getPort()
        && "http".equals(link.getScheme());
  }

  /** The back office is for logged-in editors and opens a session on purpose. */
  private static boolean isBackOffice(URI link) {
    return link.getPath() != null && link.getPath().startsWith("/admin");
  }

  /**
   * Addresses an HTML page, a feed, a sitemap or robots.txt refers to, and a redirect's target.
   * Links that are not valid URIs are left to the tests of the pages that write them.
   */
  private static List<URI> links(URI uri, HttpResponse<byte[]> response) {
    List<String> links = new ArrayList<>();
    response.headers().firstValue("Location").ifPresent(links::add);
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body = new String(response.body(), StandardCharsets.UTF_8);
    if (type.startsWith("text/html")) {
      Document page = Jsoup.parse(body, uri.toString());
      page.select("a[href], link[href]").forEach(link -> links.add(link.attr("href")));
      page.select("img[src], script[src]").forEach(source -> links.add(source.attr("src")));
      for (Element image : page.select("[srcset]")) {
        for (String candidate : image.attr("srcset").split(",")) {
          links.add(candidate.trim().split("\\s+")[0]);
        }
      }
    } else if (type.contains("xml")) {
      Document xml = Jsoup.parse(body, uri.toString(), Parser.xmlParser());
      xml.select("loc").forEach(loc -> links.add(loc.text().trim()));
      xml.select("link[href]").forEach(link -> links.add(link.attr("href")));
    } else if (type.startsWith("text/plain")) {
      body.lines()
          .filter(line -> line.regionMatches(true, 0, "Sitemap:", 0, 8))
          .forEach(line -> links.add(line.substring(8).trim()));
    }
    List<URI> resolved = new ArrayList<>();
    for (String link : links) {
      if (!link.isEmpty()) {
        try {
          resolved.add(uri.resolve(link));
        } catch (IllegalArgumentException e) {
          // Not a URI: nothing to follow.
        }
      }
    }
    return resolved;
  }

  private HttpResponse<byte[]> get(URI uri) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
