package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The media library screen driven over HTTP by a client already logged in, as its page does. */
public final class MediaDesk {

  private static final String SCREEN = "/admin/media/";
  private static final String UPLOAD = "upload:files";

  private final WebClient web;

  public MediaDesk(WebClient web) {
    this.web = web;
  }

  /** Drops one file on the upload component, as its script does; returns the partial response. */
  public String upload(String name, byte[] bytes) {
    Document page = web.page(SCREEN);
    HttpResponse<String> response =
        web.upload(
            page,
            "upload",
            Map.of(
                "jakarta.faces.partial.ajax",
                "true",
                "jakarta.faces.source",
                UPLOAD,
                "jakarta.faces.partial.execute",
                UPLOAD,
                "jakarta.faces.partial.render",
                "library:assets details growl",
                UPLOAD + "_totalFilesCount",
                "1"),
            UPLOAD,
            name,
            bytes);
    assertThat(response.statusCode()).as(name).isEqualTo(200);
    return response.body();
  }

  /** The library's list of what matches {@code text}. */
  public Document search(String text) {
    Document page = web.page(SCREEN);
    HttpResponse<String> response =
        web.submit(page, "library", Map.of("library:text", text), "library:find");
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), page.location());
  }

  /** The details of the only file {@code list} shows. */
  public Document edit(Document list) {
    Element button = onlyRow(list).selectFirst("button.media-edit");
    HttpResponse<String> response = web.submit(list, "library", Map.of(), button.attr("name"));
    assertThat(response.statusCode()).isEqualTo(200);
    Document details = Jsoup.parse(response.body(), list.location());
    assertThat(details.select("#details h2")).isNotEmpty();
    return details;
  }

  /** Saves the alt text of the only file {@code name} finds; returns the answer. */
  public HttpResponse<String> describe(String name, String altText) {
    return web.submit(
        edit(search(name)), "details", Map.of("details:altText", altText), "details:save");
  }

  /** The id of the only file {@code name} finds, as its address carries it. */
  public long id(String name) {
    String src = onlyRow(search(name)).selectFirst("img").attr("src");
    return Long.parseLong(src.replaceFirst("^.*/media/(\\d+)/.*$", "$1"));
  }

  public static Element onlyRow(Document list) {
    assertThat(list.select("#library\\:assets tbody tr[data-ri]")).hasSize(1);
    return list.selectFirst("#library\\:assets tbody tr[data-ri]");
  }
}
