package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

  @Test
  void generatedPasswordsPassTheRulesAreUnambiguousAndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PasswordRules.generate();
      assertThat(PasswordRules.check(FirstAdministrator.USERNAME, password.toCharArray()))
          .isEmpty();
      assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
      assertThat(seen.add(password)).isTrue();
    }
  }

  @Test
  void aRefusedConfiguredPasswordIsExplainedToTheOperator() {
    assertThat(FirstAdministrator.refusal(PasswordRules.Problem.COMMON))
        .startsWith("TRIBUNE_ADMIN_PASSWORD is refused: it is on the list of common passwords");
    assertThat(FirstAdministrator.refusal(PasswordRules.Problem.TOO_SHORT))
        .contains("fewer than 12 characters");
  }
}
