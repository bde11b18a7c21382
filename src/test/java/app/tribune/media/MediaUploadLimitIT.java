package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DatabaseIndependent;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configured size limit ({@code TRIBUNE_MEDIA_MAX_BYTES}) on a server of its own: a file just
 * over it is refused with a message, a much larger one is turned away before its body is read.
 */
// The limit is checked before anything reaches the database: one database is enough.
@DatabaseIndependent
class MediaUploadLimitIT {

  private static final int LIMIT = 1_572_864;
  private static final String UPLOAD = "upload:files";
  private static TribuneServer server;

  private final WebClient web = new WebClient(server.baseUrl());

  @BeforeAll
  static void start() {
    server =
        TribuneServer.start(
            "media-limit", Map.of("TRIBUNE_MEDIA_MAX_BYTES", Integer.toString(LIMIT)));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void theScreenStatesTheConfiguredLimit() {
    web.logIn("admin", server.adminPassword());

    assertThat(web.page("/admin/media/").select(".media-upload .hint").text()).contains("1,5 Mo");
  }

  @Test
  void aFileJustOverTheLimitIsRefusedWithAMessage() {
    web.logIn("admin", server.adminPassword());

    String answer =
        new MediaDesk(web).upload("lourd-" + UUID.randomUUID() + ".pdf", pdfOf(LIMIT + 1_000));

    assertThat(answer).containsAnyOf("la taille maximale", "Taille de fichier invalide");
  }

  @Test
  void aMuchLargerFileIsTurnedAwayBeforeItIsRead() {
    web.logIn("admin", server.adminPassword());
    Document page = web.page("/admin/media/");

    HttpResponse<String> response =
        web.upload(
            page,
            "upload",
            Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", UPLOAD),
            UPLOAD,
            "enorme.pdf",
            pdfOf(LIMIT * 3));

    assertThat(response.statusCode()).isEqualTo(413);
  }

  /** A PDF padded with spaces to {@code size} bytes. */
  private static byte[] pdfOf(int size) {
    byte[] pdf = SampleFiles.pdf();
    byte[] padded = Arrays.copyOf(pdf, size);
    Arrays.fill(padded, pdf.length, size, (byte) ' ');
    return padded;
  }
}
