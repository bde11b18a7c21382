package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

  @Test
  void aTitleCannotCloseTheScriptElementButReadsTheSameToAJsonParser() {
    String title = "Débat </script><script>alert(1)</script> & «\u00a0suite\u00a0»";
    JsonObject data =
        Json.createObjectBuilder()
            .add("@context", StructuredData.CONTEXT)
            .add("@type", "Event")
            .add("name", title)
            .build();

    String embedded = StructuredData.embed(data);

    assertThat(embedded).doesNotContain("<", ">", "&");
    JsonObject read = Json.createReader(new StringReader(embedded)).readObject();
    assertThat(read.getString("name")).isEqualTo(title);
    assertThat(read.getString("@context")).isEqualTo("https://schema.org");
  }
}
