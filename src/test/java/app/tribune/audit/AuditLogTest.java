package app.tribune.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLogTest {

  @Test
  void aLongTextIsCutToItsColumnWithAnEllipsis() {
    assertThat(AuditLog.clip("court", 64)).isEqualTo("court");
    String clipped = AuditLog.clip("x".repeat(5_000), AuditLog.MAX_DETAIL);
    assertThat(clipped).hasSize(AuditLog.MAX_DETAIL).endsWith("…");
  }

  @Test
  void anActionFilterMatchesItsPrefixWithWildcardsTakenLiterally() {
    assertThat(AuditLog.likePrefix("account.")).isEqualTo("account.%");
    assertThat(AuditLog.likePrefix("100%_x\\")).isEqualTo("100\\%\\_x\\\\%");
  }

  @Test
  void filtersIgnoreBlankPartsAndMatchActorsInLowerCase() {
    AuditFilter filter = new AuditFilter(" Camille ", "  ", null, null, null);
    assertThat(filter.actor()).isEqualTo("camille");
    assertThat(filter.action()).isNull();
  }
}
