package app.tribune.newsletter.sending;

import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The tunables of the {@code send-newsletter} job, from MicroProfile Config (so each can be set by
 * an environment variable, {@code TRIBUNE_NEWSLETTER_…}) and handed to the job as parameters. The
 * job's XML repeats these defaults for runs started by other means (the job console).
 *
 * @param chunkSize deliveries per chunk: how many mails a partition sends between two checkpoints
 * @param partitions parallel senders, each with its own SMTP connection
 * @param perSecond most messages per second across partitions; 0 for no limit
 * @param perHour most messages per hour across partitions; 0 for no limit
 * @param retryLimit times a temporary SMTP failure (4xx) is retried before the delivery is left
 *     pending for a restart
 * @param backoffMillis the first wait before a retry, doubled at each retry
 * @param errorThreshold consecutive connection failures after which the job stops: the SMTP server
 *     is taken to be down
 */
public record SendSettings(
    int chunkSize,
    int partitions,
    int perSecond,
    int perHour,
    int retryLimit,
    long backoffMillis,
    int errorThreshold) {

  public static final SendSettings DEFAULTS = new SendSettings(100, 4, 0, 0, 3, 1000, 5);

  public static SendSettings fromConfig(Config config) {
    return new SendSettings(
        positive(config, "chunk-size", DEFAULTS.chunkSize),
        positive(config, "partitions", DEFAULTS.partitions),
        value(config, "rate-per-second", DEFAULTS.perSecond),
        value(config, "rate-per-hour", DEFAULTS.perHour),
        value(config, "retry-limit", DEFAULTS.retryLimit),
        value(config, "backoff-millis", (int) DEFAULTS.backoffMillis),
        positive(config, "error-threshold", DEFAULTS.errorThreshold));
  }

  /** The job parameters for sending issue {@code issueId}. */
  public Properties jobParameters(long issueId, boolean resendClaimed) {
    Properties parameters = new Properties();
    parameters.setProperty("issueId", Long.toString(issueId));
    parameters.setProperty("resendClaimed", Boolean.toString(resendClaimed));
    parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    parameters.setProperty("partitions", Integer.toString(partitions));
    parameters.setProperty("ratePerSecond", Integer.toString(perSecond));
    parameters.setProperty("ratePerHour", Integer.toString(perHour));
    parameters.setProperty("retryLimit", Integer.toString(retryLimit));
    parameters.setProperty("backoffMillis", Long.toString(backoffMillis));
    parameters.setProperty("errorThreshold", Integer.toString(errorThreshold));
    return parameters;
  }

  private static int value(Config config, String name, int fallback) {
    int value =
        config.getOptionalValue("tribune.newsletter." + name, Integer.class).orElse(fallback);
    if (value < 0) {
      throw new IllegalArgumentException("tribune.newsletter." + name + " cannot be negative");
    }
    return value;
  }

  private static int positive(Config config, String name, int fallback) {
    int value = value(config, name, fallback);
    if (value == 0) {
      throw new IllegalArgumentException("tribune.newsletter." + name + " must be at least 1");
    }
    return value;
  }
}
