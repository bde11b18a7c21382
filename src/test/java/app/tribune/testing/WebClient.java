package app.tribune.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for tests: keeps cookies like a browser, does not follow redirects
 * (tests assert them), and submits JSF forms with their hidden fields, view state included.
 */
public final class WebClient {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final Map<String, String> headers;

  public WebClient(String baseUrl) {
    this(baseUrl, Map.of());
  }

  /**
   * A client that sends {@code headers} with every request, as a proxy in front of the server adds
   * its own ({@code X-Forwarded-For}).
   */
  public WebClient(String baseUrl, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.headers = Map.copyOf(headers);
    this.http = plainHttp().cookieHandler(cookies).build();
  }

  /**
   * An HTTP client as browsers talk to a site over plain HTTP, without cookies or redirects, for
   * tests that read raw answers.
   */
  public static HttpClient.Builder plainHttp() {
    return HttpClient.newBuilder()
        // Browsers speak HTTP/2 over TLS only. Over plain HTTP this client would otherwise upgrade
        // to cleartext HTTP/2 (h2c), which Payara Micro 6.2025.10 answers with spurious 431s on a
        // reused connection.
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "fr").GET().build());
  }

  /**
   * A POST of {@code body}, already URL-encoded, as a form or a mail program sends it: no view
   * state is added.
   */
  public HttpResponse<String> postForm(String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A GET that must answer 200, parsed as HTML. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /** Fills and submits the back office's log-in form, as someone typing at /admin/login. */
  public HttpResponse<String> logIn(String username, String password) {
    return submit(
        page("/admin/login"),
        "login",
        Map.of("login:username", username, "login:password", password),
        "login:submit");
  }

  /** A new client logged in to the back office of {@code server} as its first administrator. */
  public static WebClient administrator(TribuneServer server) {
    WebClient client = new WebClient(server.baseUrl());
    HttpResponse<String> response = client.logIn("admin", server.adminPassword());
    if (response.statusCode() != 302 && response.statusCode() != 303) {
      throw new AssertionError("The administrator's log-in answered " + response.statusCode());
    }
    return client;
  }

  /**
   * Submits the form {@code formId} of {@code page} with its hidden fields, the given values and
   * the button {@code buttonName} pressed.
   */
  public HttpResponse<String> submit(
      Document page, String formId, Map<String, String> values, String buttonName) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form #" + formId + " in " + page.location());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.putAll(values);
    fields.put(buttonName, buttonName);
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(page.location()).resolve(form.attr("action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * What a browser sends of the visible fields of the form {@code formId} as the page shows them:
   * text, address and long text fields, and the choice of each list. Check boxes are left out, as a
   * browser leaves out those not ticked.
   */
  public static Map<String, String> shownValues(Document page, String formId) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form #" + formId + " in " + page.location());
    }
    Map<String, String> values = new LinkedHashMap<>();
    form.select("input[type=text], input[type=url], input:not([type])")
        .forEach(input -> values.put(input.attr("name"), input.val()));
    form.select("textarea").forEach(area -> values.put(area.attr("name"), area.text()));
    for (Element select : form.select("select")) {
      Element chosen = select.selectFirst("option[selected]");
      if (chosen != null) {
        values.put(select.attr("name"), chosen.val());
      }
    }
    values.remove("");
    return values;
  }

  /**
   * Submits the form {@code formId} of {@code page} as {@code multipart/form-data} with its hidden
   * fields, the given values and one file, as a browser's file upload does. Values naming a partial
   * request ({@code jakarta.faces.partial.ajax}) make it an Ajax request, as PrimeFaces sends its
   * uploads.
   */
  public HttpResponse<String> upload(
      Document page,
      String formId,
      Map<String, String> values,
      String fileField,
      String fileName,
      byte[] bytes) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form #" + formId + " in " + page.location());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.val()));
    fields.putAll(values);
    String boundary = "----tribune" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(page.location()).resolve(form.attr("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if ("true".equals(values.get("jakarta.faces.partial.ajax"))) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request.build());
  }

  public CookieManager cookies() {
    return cookies;
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    HttpRequest.Builder sent = HttpRequest.newBuilder(request, (name, value) -> true);
    headers.forEach(sent::header);
    try {
      return http.send(sent.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
