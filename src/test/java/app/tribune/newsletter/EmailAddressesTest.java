package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.EmailAddresses.Problem;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

  private static Problem problemOf(String address) {
    return EmailAddresses.check(address).problem();
  }

  @Test
  void ordinaryAddressesAreAcceptedTrimmedAndInLowerCase() {
    assertThat(EmailAddresses.check("  Marie.Dupont+infolettre@Example.BE ").address())
        .isEqualTo("marie.dupont+infolettre@example.be");
    assertThat(EmailAddresses.check("o'brien@mail.example.org").ok()).isTrue();
  }

  @Test
  void internationalisedDomainsAreAcceptedInEitherSpellingAsOneAddress() {
    assertThat(EmailAddresses.check("anne@café.be").address()).isEqualTo("anne@café.be");
    assertThat(EmailAddresses.check("anne@xn--caf-dma.be").address()).isEqualTo("anne@café.be");
    assertThat(EmailAddresses.toAscii("anne@café.be")).isEqualTo("anne@xn--caf-dma.be");
    assertThat(EmailAddresses.check("jan@bücher.example").ok()).isTrue();
  }

  @Test
  void theLengthsOfRfc5321AreEnforced() {
    String local64 = "a".repeat(64);
    String domain = "example.be";
    assertThat(EmailAddresses.check(local64 + "@" + domain).ok()).isTrue();
    assertThat(problemOf("a".repeat(65) + "@" + domain)).isEqualTo(Problem.TOO_LONG);

    // 64 + 1 + 189 = 254 characters: the most an address may have.
    String longDomain = "b".repeat(61) + "." + "c".repeat(60) + "." + "d".repeat(63) + ".be";
    assertThat((local64 + "@" + longDomain).length()).isEqualTo(254);
    assertThat(EmailAddresses.check(local64 + "@" + longDomain).ok()).isTrue();
    assertThat(problemOf(local64 + "@e" + longDomain)).isEqualTo(Problem.TOO_LONG);
    assertThat(problemOf("x".repeat(10_000) + "@example.be")).isEqualTo(Problem.TOO_LONG);
    assertThat(problemOf("a@" + "b".repeat(64) + ".be")).isEqualTo(Problem.INVALID);
  }

  @Test
  void addressesWithoutADomainOrWithSpacesAreRefusedWithTheirReason() {
    assertThat(problemOf(null)).isEqualTo(Problem.MISSING);
    assertThat(problemOf("   ")).isEqualTo(Problem.MISSING);
    assertThat(problemOf("marie")).isEqualTo(Problem.NO_DOMAIN);
    assertThat(problemOf("marie@")).isEqualTo(Problem.NO_DOMAIN);
    assertThat(problemOf("marie dupont@example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@exam ple.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@localhost")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@example.be\r\nBcc: all@example.org")).isEqualTo(Problem.INVALID);
  }

  @Test
  void oddButHostileFormsAreRefused() {
    assertThat(problemOf("\"marie dupont\"@example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@[192.168.0.1]")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@@example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf(".marie@example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie..dupont@example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@-example.be")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("marie@example.123")).isEqualTo(Problem.INVALID);
    assertThat(problemOf("<script>@example.be")).isEqualTo(Problem.INVALID);
  }
}
