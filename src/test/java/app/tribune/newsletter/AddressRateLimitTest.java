package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAddressGetsAFewAttemptsAnHourThenNoMore() {
    ManualClock clock = new ManualClock();
    AddressRateLimit limit = new AddressRateLimit(clock, 100);

    for (int i = 0; i < AddressRateLimit.ATTEMPTS; i++) {
      assertThat(limit.tryAcquire("marie@example.be")).isTrue();
    }
    assertThat(limit.tryAcquire("marie@example.be")).isFalse();
    assertThat(limit.tryAcquire("jan@example.be")).isTrue();

    clock.now = clock.now.plus(AddressRateLimit.WINDOW);
    assertThat(limit.tryAcquire("marie@example.be")).isTrue();
  }

  @Test
  void onlyTheMostRecentAddressesAreRemembered() {
    AddressRateLimit limit = new AddressRateLimit(new ManualClock(), 3);

    for (int i = 0; i < 1000; i++) {
      limit.tryAcquire("reader" + i + "@example.be");
    }

    assertThat(limit.size()).isEqualTo(3);
  }
}
