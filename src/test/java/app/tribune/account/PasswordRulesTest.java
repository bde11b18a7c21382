package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.account.PasswordRules.Problem;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  private static java.util.Optional<Problem> check(String username, String password) {
    return PasswordRules.check(username, password.toCharArray());
  }

  @Test
  void aLongUnusualPasswordIsAcceptedWithoutAnyCompositionRule() {
    assertThat(check("camille", "la tortue traverse lentement")).isEmpty();
    assertThat(check("camille", "abcdefghijkx")).isEmpty();
  }

  @Test
  void twelveToOneHundredTwentyEightCharactersCountedAsCharactersNotBytes() {
    assertThat(check("camille", "elevenchars")).contains(Problem.TOO_SHORT);
    assertThat(check("camille", "twelve chars")).isEmpty();
    assertThat(check("camille", "é".repeat(12))).isEmpty();
    assertThat(check("camille", "😀".repeat(11))).contains(Problem.TOO_SHORT);
    assertThat(check("camille", "x".repeat(128))).isEmpty();
    assertThat(check("camille", "x".repeat(129))).contains(Problem.TOO_LONG);
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    assertThat(PasswordRules.commonCount()).isGreaterThanOrEqualTo(1_000);
    assertThat(check("camille", "password1234")).contains(Problem.COMMON);
    assertThat(check("camille", "PassWord1234")).contains(Problem.COMMON);
    assertThat(check("camille", "AZERTYUIOP123")).contains(Problem.COMMON);
    assertThat(check("camille", "motdepasse2024")).contains(Problem.COMMON);
    assertThat(check("camille", "123456789012")).contains(Problem.COMMON);
  }

  @Test
  void theUsernameItselfIsRefusedIgnoringCase() {
    assertThat(check("marie.dupont42", "Marie.Dupont42")).contains(Problem.USERNAME);
    assertThat(check("marie.dupont42", "marie.dupont42 ok")).isEmpty();
  }

  @Test
  void everyProblemHasItsOwnMessageKey() {
    assertThat(Problem.COMMON.messageKey()).isEqualTo("password.problem.common");
  }
}
