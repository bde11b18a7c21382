package app.tribune.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Public pages come from the cache with validators and gzip; the back office never does. */
class PageCacheIT {

  private final TribuneServer server = TribuneServer.shared();
  private final HttpClient http = WebClient.plainHttp().build();

  @Test
  void anArticleReadTwiceCarriesTheSameValidatorsAndCachingRules() {
    String article = firstArticle();

    HttpResponse<byte[]> first = get(article);
    HttpResponse<byte[]> second = get(article);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).isPresent();
    assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(second.headers().firstValue("Last-Modified")).isPresent();
    assertThat(second.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=60, s-maxage=5, stale-while-revalidate=300");
    assertThat(second.body()).isEqualTo(first.body());
    // The security headers come with cached answers too.
    assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void aBrowserHoldingTheCurrentPageGetsA304WithoutBody() {
    String article = firstArticle();
    HttpResponse<byte[]> page = get(article);
    String etag = page.headers().firstValue("ETag").orElseThrow();
    String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<byte[]> byTag = get(article, "If-None-Match", etag);
    HttpResponse<byte[]> byDate = get(article, "If-Modified-Since", lastModified);
    HttpResponse<byte[]> otherTag = get(article, "If-None-Match", "\"an-older-version\"");

    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(byDate.body()).isEmpty();
    assertThat(otherTag.statusCode()).isEqualTo(200);
    assertThat(otherTag.body()).isEqualTo(page.body());
  }

  @Test
  void browsersThatAcceptGzipGetTheSamePageCompressed() throws IOException {
    for (String path : new String[] {"/", "/en/", firstArticle()}) {
      HttpResponse<byte[]> plain = get(path);
      HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate, br");

      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(gzipped.headers().firstValue("Vary")).as(path).hasValue("Accept-Encoding");
      assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length / 2);
      assertThat(inflate(gzipped.body())).as(path).isEqualTo(plain.body());
      assertThat(gzipped.headers().firstValue("ETag"))
          .as(path)
          .isNotEqualTo(plain.headers().firstValue("ETag"));
    }
  }

  @Test
  void eachInterfaceLanguageHasItsOwnCopy() {
    HttpResponse<byte[]> french = get("/");
    HttpResponse<byte[]> dutch = get("/nl/");

    assertThat(new String(dutch.body(), StandardCharsets.UTF_8)).contains("lang=\"nl\"");
    assertThat(dutch.headers().firstValue("ETag"))
        .isNotEqualTo(french.headers().firstValue("ETag"));
  }

  @Test
  void pagesWithOtherQueriesAndUnknownPagesAreNotKept() {
    HttpResponse<byte[]> tracked = get("/section/analyses?utm_source=newsletter");
    HttpResponse<byte[]> missing = get("/articles/nothing-here");

    assertThat(tracked.headers().firstValue("ETag")).isEmpty();
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("ETag")).isEmpty();
    assertThat(missing.headers().firstValue("Cache-Control")).isEmpty();
  }

  @Test
  void theBackOfficeIsNeverServedFromTheCache() {
    HttpResponse<byte[]> first = get("/admin/login");
    HttpResponse<byte[]> second = get("/admin/login");

    assertThat(first.statusCode()).isEqualTo(200);
    for (HttpResponse<byte[]> login : List.of(first, second)) {
      assertThat(login.headers().firstValue("ETag")).isEmpty();
      assertThat(login.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }
    // Each visit got a session of its own: the page was rendered for each.
    assertThat(second.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .isNotEqualTo(first.headers().allValues("Set-Cookie"));
  }

  @Test
  void anEditorsOwnRequestsBypassTheCache() {
    HttpResponse<byte[]> withSession = get("/", "Cookie", "JSESSIONID=an-editors-session");

    assertThat(withSession.statusCode()).isEqualTo(200);
    assertThat(withSession.headers().firstValue("ETag")).isEmpty();
  }

  private String firstArticle() {
    return new WebClient(server.baseUrl())
        .page("/")
        .selectFirst("article.teaser h3 a")
        .attr("href");
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] inflate(byte[] gzipped) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    }
  }
}
