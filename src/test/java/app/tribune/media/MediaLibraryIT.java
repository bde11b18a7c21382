package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The media library screen as an editor uses it: files dropped on the real upload component
 * (multipart, with the view state), hostile ones refused with a message and nothing stored,
 * descriptions saved, deletion of used files refused.
 */
class MediaLibraryIT {

  private static final String NAME_REFUSED = "Ce nom de fichier est refus";

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = WebClient.administrator(server);
  private final MediaDesk desk = new MediaDesk(web);

  @Test
  void aPhotoIsStoredReEncodedWithVariantsAndDownloadsUnderItsOwnName() {
    String name = "Fête de l’école " + UUID.randomUUID() + ".jpg";

    String answer = upload(name, SampleFiles.image("jpeg", 1200, 800, Color.ORANGE));

    assertThat(answer).contains("a été ajouté à la médiathèque");
    Element row = onlyRow(search(name));
    String src = row.selectFirst("img").attr("src");
    assertThat(src).matches("/media/\\d+/[0-9a-f-]{36}\\.jpg").doesNotContain("cole");
    HttpResponse<byte[]> original = download(src);
    assertThat(original.statusCode()).isEqualTo(200);
    assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(original.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            header ->
                assertThat(header)
                    .startsWith("inline; filename=\"F_te de l_")
                    .contains("filename*=UTF-8''F%C3%AAte%20de%20l%E2%80%99%C3%A9cole%20"));
    String variant = src.replaceFirst("/media/(\\d+)/", "/media/$1/480/");
    HttpResponse<byte[]> small = download(variant);
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(small.body().length).isLessThan(original.body().length);
    assertThat(download(src.replaceFirst("/media/(\\d+)/", "/media/$1/1600/")).statusCode())
        .as("no variant wider than the image")
        .isEqualTo(404);
  }

  @Test
  void aPolyglotJpegIsStoredWithoutItsScript() {
    String name = "polyglot-" + UUID.randomUUID() + ".jpg";

    upload(name, SampleFiles.polyglotJpeg());

    String src = onlyRow(search(name)).selectFirst("img").attr("src");
    byte[] stored = download(src).body();
    assertThat(stored).isNotEmpty();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<script");
  }

  @Test
  void hostileFilesAreRefusedWithAMessageAndNothingIsStored() {
    String marker = UUID.randomUUID().toString();
    Map<String, byte[]> files =
        Map.of(
            "dessin-" + marker + ".svg", SampleFiles.svgWithScript(),
            "page-" + marker + ".png", SampleFiles.html(),
            "vide-" + marker + ".jpg", new byte[0],
            "coupee-" + marker + ".png", SampleFiles.truncatedPng(),
            "../../" + marker + ".png", SampleFiles.image("png", 20, 20, Color.RED),
            "ctrl\u0007" + marker + ".png", SampleFiles.image("png", 20, 20, Color.RED));
    Map<String, String> expected =
        Map.of(
            "dessin-", "est une image SVG",
            "page-", "ni une image (JPEG, PNG, GIF) ni un PDF",
            "vide-", "est vide",
            "coupee-", "comme une image",
            "../../", NAME_REFUSED,
            "ctrl", NAME_REFUSED);

    files.forEach(
        (name, bytes) -> {
          String prefix = expected.keySet().stream().filter(name::startsWith).findFirst().get();
          String answer = upload(name, bytes);
          if (expected.get(prefix).equals(NAME_REFUSED)) {
            // PrimeFaces checks names too, before the service, with its own (French) words.
            assertThat(answer)
                .as(name)
                .containsAnyOf(NAME_REFUSED, "Nom de fichier Linux non valide");
          } else {
            assertThat(answer).as(name).contains(expected.get(prefix));
          }
        });

    assertThat(search(marker).select("#library\\:assets tbody tr.ui-datatable-empty-message"))
        .as("nothing stored")
        .hasSize(1);
  }

  @Test
  void anEditorDescribesAnImageAndFindsItByItsAltText() {
    String name = "arbre-" + UUID.randomUUID() + ".png";
    String alt = "Un chêne " + UUID.randomUUID();
    upload(name, SampleFiles.image("png", 600, 400, Color.GREEN));
    Document list = search(name);
    assertThat(onlyRow(list).text()).contains("Texte alternatif manquant");

    Document details = edit(list);
    HttpResponse<String> saved =
        web.submit(
            details,
            "details",
            Map.of(
                "details:altText", alt,
                "details:caption", "Le vieux chêne du parc",
                "details:credit", "Photo : Camille"),
            "details:save");

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body()).contains("est enregistr");
    assertThat(onlyRow(search(alt)).text()).contains(name).contains(alt);
  }

  @Test
  void theSecondOfTwoEditorsSavingTheSameFileIsToldAndOverwritesNothing() {
    String name = "affiche-" + UUID.randomUUID() + ".png";
    upload(name, SampleFiles.image("png", 300, 300, Color.YELLOW));
    WebClient other = WebClient.administrator(server);
    MediaDesk theirDesk = new MediaDesk(other);
    Document mine = edit(search(name));
    Document theirs = theirDesk.edit(theirDesk.search(name));

    web.submit(mine, "details", Map.of("details:altText", "Première version"), "details:save");
    HttpResponse<String> late =
        other.submit(
            theirs, "details", Map.of("details:altText", "Seconde version"), "details:save");

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("un a modifi");
    assertThat(onlyRow(search(name)).text()).contains("Première version");
  }

  @Test
  void aFileAnArticleUsesCannotBeDeletedAndSaysWhereItIsUsed() {
    DemoSite.Article article =
        DemoSite.content().articles().stream()
            .filter(candidate -> !candidate.attachments().isEmpty())
            .findFirst()
            .orElseThrow();
    String attachment = article.attachments().get(0);
    Document details = edit(search(attachment));
    // Titles are stored with typographic spaces (before the colon, for one); compare the words.
    assertThat(details.select(".media-usages li").eachText())
        .map(MediaLibraryIT::plainSpaces)
        .contains(plainSpaces("Article : " + article.title()));

    HttpResponse<String> refused = web.submit(details, "details", Map.of(), "details:delete");

    assertThat(refused.body()).contains("avant de le supprimer");
    assertThat(onlyRow(search(attachment)).text()).contains(attachment);
  }

  @Test
  void anUnusedFileIsDeleted() {
    String name = "brouillon-" + UUID.randomUUID() + ".pdf";
    upload(name, SampleFiles.pdf());
    Document details = edit(search(name));
    String download = details.selectFirst("#details\\:download").attr("href");
    assertThat(download(download).statusCode()).isEqualTo(200);
    assertThat(download(download).headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"" + name + "\"; filename*=UTF-8''" + name);

    HttpResponse<String> deleted = web.submit(details, "details", Map.of(), "details:delete");

    assertThat(deleted.body()).contains("a été supprimé");
    assertThat(search(name).select("#library\\:assets tbody tr.ui-datatable-empty-message"))
        .hasSize(1);
    assertThat(download(download).statusCode()).isEqualTo(404);
  }

  private String upload(String name, byte[] bytes) {
    return desk.upload(name, bytes);
  }

  private Document search(String text) {
    return desk.search(text);
  }

  private Document edit(Document list) {
    return desk.edit(list);
  }

  private static String plainSpaces(String text) {
    return text.replaceAll("[\\u00a0\\u202f\\u2009]", " ");
  }

  private static Element onlyRow(Document list) {
    return MediaDesk.onlyRow(list);
  }

  private HttpResponse<byte[]> download(String path) {
    try {
      return WebClient.plainHttp()
          .build()
          .send(
              HttpRequest.newBuilder(URI.create(server.url(path))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
