package app.tribune.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());

  @Test
  void healthIsUpWithADatabaseCheckOnTheDatabaseInUse() {
    HttpResponse<String> response = web.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    JsonObject database =
        health.getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonObject("data").getString("product"))
        .containsIgnoringCase(server.database().equals("postgresql") ? "PostgreSQL" : "H2");
  }

  @Test
  void metricsAreServed() {
    HttpResponse<String> response = web.get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("mp_scope=\"base\"");
  }
}
