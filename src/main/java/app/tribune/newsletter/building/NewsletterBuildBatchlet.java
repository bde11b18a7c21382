package app.tribune.newsletter.building;

import app.tribune.newsletter.sending.NewsletterSending;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one step of {@code build-newsletter}. Its exit status is the {@link
 * NewsletterBuilder.Outcome} ({@code NOTHING_NEW}, {@code EXISTS}, {@code DRAFT}, {@code READY}).
 */
@Named
@Dependent
public class NewsletterBuildBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(NewsletterBuildBatchlet.class.getName());

  /** {@code yyyy-MM}; empty for the current month in the site's time zone. */
  @Inject
  @BatchProperty(name = "period")
  String period;

  @Inject private NewsletterBuilder builder;
  @Inject private NewsletterSending sending;
  @Inject private JobContext job;
  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  String timeZone;

  @Override
  public String process() {
    ZoneId zone = ZoneId.of(timeZone);
    Instant now = Instant.now();
    YearMonth month =
        period == null || period.isBlank()
            ? YearMonth.from(now.atZone(zone))
            : YearMonth.parse(period.strip());
    boolean automatic =
        config.getOptionalValue("tribune.newsletter.auto-send", Boolean.class).orElse(false);
    NewsletterBuilder.Built built = builder.build(month, now, zone, automatic);
    if (built.outcome() == NewsletterBuilder.Outcome.READY) {
      sendAutomatically(built.issueId());
    }
    String status = built.outcome().name();
    job.setExitStatus(status);
    return status;
  }

  /** Automatic sending: the issue just built ready goes out at once. */
  private void sendAutomatically(long issueId) {
    if (!sending.startAutomatically(issueId)) {
      LOG.log(Level.INFO, "Newsletter issue {0} was already being sent", issueId);
    }
  }
}
