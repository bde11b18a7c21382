package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

  @Test
  void textThatLooksLikeMarkupCannotEndTheScriptElementYetReadsTheSame() {
    String headline = "</script><script>alert(1)</script> <!-- « A & B » \"quoted\"";
    JsonObject json =
        Json.createObjectBuilder().add("@type", "NewsArticle").add("headline", headline).build();

    String script = StructuredData.embed(json);

    assertThat(script).doesNotContain("<", ">", "&");
    JsonObject parsed = Json.createReader(new StringReader(script)).readObject();
    assertThat(parsed.getString("headline")).isEqualTo(headline);
    assertThat(parsed.getString("@type")).isEqualTo("NewsArticle");
  }
}
