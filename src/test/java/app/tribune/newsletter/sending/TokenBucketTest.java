package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aFullBucketLetsItsBurstGoAtOnceThenPacesTheRest() {
    TokenBucket tenPerSecond = new TokenBucket(10, SECOND, 10, 0);

    assertThat(LongStream.range(0, 10).map(i -> tenPerSecond.reserve(0))).containsOnly(0L);
    assertThat(tenPerSecond.reserve(0)).isEqualTo(SECOND / 10);
    assertThat(tenPerSecond.reserve(0)).as("the next waits behind it").isEqualTo(2 * SECOND / 10);
  }

  @Test
  void permitsComeBackWithTimeUpToTheBurst() {
    TokenBucket bucket = new TokenBucket(10, SECOND, 2, 0);
    bucket.reserve(0);
    bucket.reserve(0);

    assertThat(bucket.reserve(SECOND / 10)).isZero();
    assertThat(bucket.reserve(10 * SECOND)).isZero();
    assertThat(bucket.reserve(10 * SECOND)).as("only two saved up in ten seconds").isZero();
    assertThat(bucket.reserve(10 * SECOND)).isEqualTo(SECOND / 10);
  }

  @Test
  void manySendersTogetherKeepToTheRate() {
    TokenBucket fivePerSecond = new TokenBucket(5, SECOND, 1, 0);
    long lastWait = 0;
    for (int i = 0; i < 50; i++) {
      lastWait = fivePerSecond.reserve(0);
    }

    assertThat(lastWait).as("the 50th of 5 per second, one saved up").isEqualTo(49 * SECOND / 5);
  }
}
