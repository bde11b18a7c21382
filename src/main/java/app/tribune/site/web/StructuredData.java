package app.tribune.site.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.StringWriter;

/**
 * Schema.org structured data (JSON-LD) for search engines. Pages build a {@link JsonObject} and
 * write {@link #embed} unescaped inside {@code <script type="application/ld+json">}.
 */
public final class StructuredData {

  public static final String CONTEXT = "https://schema.org";

  private StructuredData() {}

  /**
   * The object as JSON that is safe inside a script element: {@code <}, {@code >} and {@code &} are
   * written as JSON escapes, so a title containing {@code </script>} cannot close the element and
   * inject markup.
   */
  public static String embed(JsonObject data) {
    StringWriter json = new StringWriter();
    try (JsonWriter writer = Json.createWriter(json)) {
      writer.writeObject(data);
    }
    return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
