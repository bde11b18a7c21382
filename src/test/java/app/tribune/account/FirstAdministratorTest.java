package app.tribune.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

  @Test
  void generatedPasswordsAreLongEnoughUnambiguousAndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = FirstAdministrator.generate();
      assertThat(password).hasSizeGreaterThanOrEqualTo(FirstAdministrator.MIN_PASSWORD_LENGTH);
      assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
      assertThat(seen.add(password)).isTrue();
    }
  }
}
