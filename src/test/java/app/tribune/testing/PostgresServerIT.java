package app.tribune.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerIT {

  // One server for every check: each start costs seconds.
  @Test
  void servesTheTribuneDatabaseWithPasswordAuthenticationUntilClosed() throws SQLException {
    PostgresServer server = PostgresServer.start();
    String url = server.jdbcUrl();
    try (Connection connection = server.connect();
        Statement statement = connection.createStatement()) {
      assertThat(url).isEqualTo("jdbc:postgresql://localhost:" + server.port() + "/tribune");
      try (ResultSet version = statement.executeQuery("SELECT version()")) {
        assertThat(version.next()).isTrue();
        assertThat(version.getString(1)).startsWith("PostgreSQL");
      }
      statement.execute("CREATE TABLE greeting (id serial PRIMARY KEY, text varchar(80))");
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO greeting (text) VALUES (?)")) {
        insert.setString(1, "Bonjour, Liège");
        insert.executeUpdate();
      }
      try (ResultSet rows = statement.executeQuery("SELECT text FROM greeting")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Bonjour, Liège");
      }
      try (ResultSet owner =
          statement.executeQuery(
              "SELECT pg_get_userbyid(datdba) FROM pg_database"
                  + " WHERE datname = current_database()")) {
        assertThat(owner.next()).isTrue();
        assertThat(owner.getString(1)).isEqualTo(server.user());
      }
      assertThatThrownBy(() -> DriverManager.getConnection(url, server.user(), "not-the-password"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    } finally {
      server.close();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, server.user(), server.password()))
        .isInstanceOf(SQLException.class);
  }
}
