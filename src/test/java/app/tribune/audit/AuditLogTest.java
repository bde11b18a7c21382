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
}
