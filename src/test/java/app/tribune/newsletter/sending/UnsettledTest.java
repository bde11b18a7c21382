package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.IssueStatus;
import app.tribune.newsletter.sending.SendingLedger.Unsettled;
import org.junit.jupiter.api.Test;

/** Who "send to the uncertain ones too" reaches, by where the issue stands. */
class UnsettledTest {

  private final Unsettled leftOver = new Unsettled(3, 40);

  @Test
  void onAStoppedSendOnlyTheClaimedAreUncertainSinceAResumeSendsThePendingAnyway() {
    assertThat(leftOver.uncertain(IssueStatus.SENDING)).isEqualTo(3);
  }

  @Test
  void onASentIssueThePendingLeftByAFollowUpThatStoppedShortAreOwedToo() {
    assertThat(leftOver.uncertain(IssueStatus.SENT)).isEqualTo(43);
  }

  @Test
  void anIssueWhoseSendNeverStartedHasNobodyUncertain() {
    for (IssueStatus status :
        new IssueStatus[] {IssueStatus.DRAFT, IssueStatus.READY, IssueStatus.CANCELLED}) {
      assertThat(leftOver.uncertain(status)).as(status.name()).isZero();
    }
  }

  @Test
  void aSettledIssueHasNobodyUncertain() {
    assertThat(new Unsettled(0, 0).uncertain(IssueStatus.SENT)).isZero();
  }
}
