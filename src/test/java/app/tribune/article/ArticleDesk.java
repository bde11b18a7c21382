package app.tribune.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An editor at the article screens over HTTP, as the integration tests drive them: logged in,
 * filling the editor's form, asking its pickers for suggestions as PrimeFaces does.
 */
final class ArticleDesk {

  private static final Pattern ITEM_VALUE = Pattern.compile("data-item-value=\"([^\"]*)\"");

  final WebClient web;
  private final HttpClient ajax;

  private ArticleDesk(WebClient web) {
    this.web = web;
    ajax = WebClient.plainHttp().cookieHandler(web.cookies()).build();
  }

  /** The article screens of a client already logged in, in any role. */
  static ArticleDesk as(WebClient web) {
    return new ArticleDesk(web);
  }

  /** A new session logged in as the administrator. */
  static ArticleDesk asAdministrator(TribuneServer server) {
    return new ArticleDesk(WebClient.administrator(server));
  }

  /** The value a picker's first suggestion for {@code query} submits. */
  String suggestion(Document page, String componentId, String query) {
    List<String> all = suggestions(page, componentId, query);
    assertThat(all).as("suggestions of %s for %s", componentId, query).isNotEmpty();
    return all.get(0);
  }

  /** What a PrimeFaces autocomplete asks the server while the editor types. */
  List<String> suggestions(Document page, String componentId, String query) {
    Element form = page.getElementById("edit");
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", componentId);
    fields.put("jakarta.faces.partial.execute", componentId);
    fields.put("jakarta.faces.partial.render", componentId);
    fields.put(componentId, componentId);
    fields.put(componentId + "_query", query);
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(page.location()).resolve(form.attr("action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      String xml = ajax.send(request, HttpResponse.BodyHandlers.ofString()).body();
      List<String> values = new ArrayList<>();
      Matcher matcher = ITEM_VALUE.matcher(xml);
      while (matcher.find()) {
        values.add(org.jsoup.parser.Parser.unescapeEntities(matcher.group(1), true));
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens the editor for a new article. */
  Document newArticle() {
    return web.page("/admin/articles/edit.xhtml");
  }

  Document editor(long id) {
    return web.page("/admin/articles/edit.xhtml?id=" + id);
  }

  /**
   * Writes a new article in a demo section and saves it as a draft.
   *
   * @return its id, read from where the editor goes after the first save
   */
  long create(String title, String body) {
    Document editor = newArticle();
    String section = suggestion(editor, "edit:section", "");
    HttpResponse<String> saved =
        web.submit(
            editor,
            "edit",
            Map.of(
                "edit:title",
                title,
                "edit:section_input",
                section.substring(section.indexOf(':') + 1),
                "edit:section_hinput",
                section,
                "edit:body_input",
                body,
                "edit:type_input",
                "NEWS",
                "edit:language_input",
                "FR"),
            "edit:save");
    assertThat(saved.statusCode()).as(saved.body()).isIn(302, 303);
    String location = saved.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
  }

  /** Presses a button of the editor with its fields as shown, some changed. */
  HttpResponse<String> press(Document editor, String button, Map<String, String> changes) {
    Map<String, String> fields = new LinkedHashMap<>(shownFields(editor));
    fields.putAll(changes);
    return web.submit(editor, "edit", fields, "edit:" + button);
  }

  /** Presses a button and reads the editor the answer shows. */
  Document pressAndRead(Document editor, String button, Map<String, String> changes) {
    HttpResponse<String> response = press(editor, button, changes);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Jsoup.parse(response.body(), editor.location());
  }

  /** The editor's visible fields as a browser would send them. */
  static Map<String, String> shownFields(Document editor) {
    Map<String, String> fields = new LinkedHashMap<>();
    Element form = editor.getElementById("edit");
    for (Element input : form.select("input[type=text], input:not([type]), textarea")) {
      if (!input.attr("name").isEmpty()) {
        fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.val());
      }
    }
    for (Element select : form.select("select")) {
      Element chosen = select.selectFirst("option[selected]");
      if (!select.attr("name").isEmpty() && chosen != null) {
        fields.put(select.attr("name"), chosen.val());
      }
    }
    return fields;
  }

  /** Growl and field messages of a page. */
  static String messages(Document page) {
    return page.select(".ui-growl-message, .ui-message, .ui-messages, script").text()
        + page.select("script").html();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
