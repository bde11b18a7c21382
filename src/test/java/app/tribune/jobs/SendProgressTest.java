package app.tribune.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendProgressTest {

  @Test
  void rateAndTimeLeftFollowWhatWasDoneSoFar() {
    SendProgress progress = SendProgress.of(2_500, 2_400, 10_000, Duration.ofSeconds(5));

    assertThat(progress.percent()).isEqualTo(25);
    assertThat(progress.perSecond()).isEqualTo(500.0);
    assertThat(progress.timeLeft()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void nothingDoneYetPromisesNoTime() {
    SendProgress progress = SendProgress.of(0, 0, 10_000, Duration.ofSeconds(3));

    assertThat(progress.percent()).isZero();
    assertThat(progress.timeLeft()).isNull();
  }
}
