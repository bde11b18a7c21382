package app.tribune.purge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * One step of {@code purge-data}: the step's {@code what} property names the data ({@code
 * subscriptions}, {@code deliveries} or {@code audit}); the exit status says how many rows went.
 */
@Named
@Dependent
public class DataPurgeBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(DataPurgeBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "what")
  String what;

  @Inject private DataPurge purge;
  @Inject private Config config;

  @Override
  public String process() {
    Instant now = Instant.now();
    int deleted =
        switch (what) {
          case "subscriptions" ->
              purge.unconfirmedSubscriptions(
                  now, Duration.ofDays(setting("tribune.purge.unconfirmed-days", 30)));
          case "deliveries" ->
              purge.deliveries(now, Period.ofMonths(setting("tribune.purge.delivery-months", 12)));
          case "audit" ->
              purge.auditEntries(
                  now, Period.ofMonths(setting("tribune.audit.retention-months", 24)));
          default -> throw new IllegalArgumentException("Nothing called '" + what + "' to purge");
        };
    LOG.log(Level.INFO, "Purge of {0}: {1} rows deleted", new Object[] {what, deleted});
    return "DELETED " + deleted;
  }

  private int setting(String key, int defaultValue) {
    return config.getOptionalValue(key, Integer.class).orElse(defaultValue);
  }
}
