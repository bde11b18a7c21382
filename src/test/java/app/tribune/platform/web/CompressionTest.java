package app.tribune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {

  @Test
  void browsersThatListGzipGetIt() {
    assertThat(Compression.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
    assertThat(Compression.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
    assertThat(Compression.acceptsGzip("GZIP")).isTrue();
    assertThat(Compression.acceptsGzip("*")).isTrue();
  }

  @Test
  void clientsThatDoNotOrRefuseItDoNot() {
    assertThat(Compression.acceptsGzip(null)).isFalse();
    assertThat(Compression.acceptsGzip("")).isFalse();
    assertThat(Compression.acceptsGzip("identity")).isFalse();
    assertThat(Compression.acceptsGzip("br, deflate")).isFalse();
    assertThat(Compression.acceptsGzip("gzip;q=0, identity")).isFalse();
    assertThat(Compression.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(Compression.acceptsGzip("gzip;q=zero")).isFalse();
  }

  @Test
  void gzipInflatesBackToTheSameBytes() throws IOException {
    byte[] css = "body { font-family: system-ui; }\n".repeat(100).getBytes(StandardCharsets.UTF_8);

    byte[] gzipped = Compression.gzip(css);

    assertThat(gzipped.length).isLessThan(css.length / 10);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      assertThat(in.readAllBytes()).isEqualTo(css);
    }
  }
}
