package app.tribune.platform.web;

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
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StaticResourcesIT {

  private final TribuneServer server = TribuneServer.shared();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theVersionedStylesheetIsKeptAYearAndGzippedForBrowsersThatAcceptIt() throws IOException {
    String stylesheet =
        new WebClient(server.baseUrl()).page("/").selectFirst("link[rel=stylesheet]").attr("href");

    HttpResponse<byte[]> plain = get(stylesheet, "identity");
    HttpResponse<byte[]> gzipped = get(stylesheet, "gzip");

    assertThat(stylesheet).contains("?v=");
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertThat(gzipped.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(server.url(path)))
              .header("Accept-Encoding", acceptEncoding)
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
