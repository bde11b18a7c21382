package app.tribune.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per account and per client address, without ever locking anyone out
 * for good (see {@link Throttle}). An address gets more free failures than an account: a whole
 * office may share one.
 *
 * <p>The counts live in this node's memory, bounded in size, and are lost on restart: in a cluster
 * each node throttles on its own, so an attacker spreading attempts over n nodes gets n times the
 * budget, which stays far too small to guess a password that passes {@link PasswordRules}.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final int MAX_KEYS = 10_000;

  @Inject
  @ConfigProperty(name = "tribune.login.account-max-failures", defaultValue = "10")
  int accountMaxFailures;

  @Inject
  @ConfigProperty(name = "tribune.login.address-max-failures", defaultValue = "60")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "tribune.login.window-minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "tribune.login.max-delay-seconds", defaultValue = "8")
  int maxDelaySeconds;

  private Throttle byAccount;
  private Throttle byAddress;

  @PostConstruct
  void configure() {
    Duration window = Duration.ofMinutes(windowMinutes);
    Duration maxDelay = Duration.ofSeconds(maxDelaySeconds);
    byAccount =
        new Throttle(
            new Throttle.Policy(2, accountMaxFailures, window, maxDelay),
            Clock.systemUTC(),
            MAX_KEYS);
    byAddress =
        new Throttle(
            new Throttle.Policy(addressMaxFailures / 3, addressMaxFailures, window, maxDelay),
            Clock.systemUTC(),
            MAX_KEYS);
  }

  /** How long a log-in as {@code username} from {@code address} must still wait, if at all. */
  public Optional<Duration> waitFor(String username, String address) {
    Optional<Duration> account = byAccount.waitFor(key(username));
    Optional<Duration> client = byAddress.waitFor(key(address));
    if (account.isEmpty()) {
      return client;
    }
    return client.filter(wait -> wait.compareTo(account.get()) > 0).or(() -> account);
  }

  public void failed(String username, String address) {
    byAccount.failed(key(username));
    byAddress.failed(key(address));
  }

  /**
   * Forgets the account's failures; the address keeps its own, so one valid account does not clear
   * the way for guessing others.
   */
  public void succeeded(String username) {
    byAccount.succeeded(key(username));
  }

  // Keys come from the client: a bounded length keeps the memory bound honest.
  private static String key(String value) {
    String key = value == null ? "" : value;
    return key.length() <= 128 ? key : key.substring(0, 128);
  }
}
