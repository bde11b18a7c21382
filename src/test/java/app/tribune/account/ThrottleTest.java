package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private static final Throttle.Policy POLICY =
      new Throttle.Policy(2, 10, Duration.ofMinutes(15), Duration.ofSeconds(8));

  private final MovingClock clock = new MovingClock();
  private final Throttle throttle = new Throttle(POLICY, clock, 100);

  @Test
  void theWaitGrowsAfterTwoFailuresDoublingUpToItsCap() {
    long[] expected = {0, 0, 1, 2, 4, 8, 8, 8, 8};
    for (long seconds : expected) {
      throttle.failed("camille");
      assertThat(throttle.waitFor("camille").orElse(Duration.ZERO)).hasSeconds(seconds);
      clock.advance(Duration.ofSeconds(seconds));
    }
  }

  @Test
  void tenFailuresInTheWindowPauseTheKeyForTheWholeWindowThenItIsFree() {
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofSeconds(10));
      throttle.failed("camille");
    }

    assertThat(throttle.waitFor("camille")).contains(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.waitFor("camille")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.waitFor("camille")).isEmpty();
    throttle.failed("camille");
    assertThat(throttle.waitFor("camille")).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("camille");
      clock.advance(Duration.ofMinutes(2));
    }

    throttle.failed("camille");

    assertThat(throttle.waitFor("camille").orElseThrow()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void successForgetsTheFailuresAndOtherKeysAreUnaffected() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("camille");
    }

    assertThat(throttle.waitFor("camille")).isPresent();
    assertThat(throttle.waitFor("lucas")).isEmpty();
    throttle.succeeded("camille");
    assertThat(throttle.waitFor("camille")).isEmpty();
  }

  @Test
  void memoryStaysBoundedWhateverTheNumberOfKeys() {
    Throttle small = new Throttle(POLICY, clock, 50);
    for (int i = 0; i < 1_000; i++) {
      small.failed("user" + i);
      clock.advance(Duration.ofMillis(10));
    }

    assertThat(small.trackedKeys()).isLessThanOrEqualTo(50);
    assertThat(small.waitFor("user999")).isEmpty();
    small.failed("user999");
    small.failed("user999");
    assertThat(small.waitFor("user999")).isPresent();
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
