package app.tribune.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  // Fewer iterations keep the test fast; the format and the checks are the same.
  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() {
    String stored = hasher.hash("correct horse battery staple".toCharArray());

    assertThat(hasher.verify("correct horse battery staple".toCharArray(), stored)).isTrue();
    assertThat(hasher.verify("correct horse battery stapler".toCharArray(), stored)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    char[] password = "same password twice".toCharArray();

    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
  }

  @Test
  void theStoredHashNamesItsAlgorithmAndWorkFactorAndNeverThePassword() {
    String stored = new PasswordHasher().hash("visible?".toCharArray());

    assertThat(stored).startsWith("pbkdf2-sha256$600000$").doesNotContain("visible");
  }

  @Test
  void malformedStoredValuesNeverMatch() {
    char[] password = "anything".toCharArray();

    assertThat(hasher.verify(password, null)).isFalse();
    assertThat(hasher.verify(password, "")).isFalse();
    assertThat(hasher.verify(password, "plain-text-password")).isFalse();
    assertThat(hasher.verify(password, "pbkdf2-sha256$x$y$z")).isFalse();
    assertThat(hasher.verify(password, "md5$1000$c2FsdA$aGFzaA")).isFalse();
  }

  @Test
  void hashesMadeWithFewerIterationsAskToBeRehashed() {
    String weak = hasher.hash("old".toCharArray());

    assertThat(new PasswordHasher().needsRehash(weak)).isTrue();
    assertThat(hasher.needsRehash(weak)).isFalse();
    assertThat(hasher.verify("old".toCharArray(), weak)).isTrue();
  }
}
