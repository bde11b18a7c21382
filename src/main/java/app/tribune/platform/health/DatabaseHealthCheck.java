package app.tribune.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the database answers. A node whose database is gone can neither serve pages nor
 * accept edits, so a load balancer should stop sending it traffic.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/tribune")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return HealthCheckResponse.named("database")
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
    }
  }
}
