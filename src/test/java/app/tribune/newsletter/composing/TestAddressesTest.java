package app.tribune.newsletter.composing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import org.junit.jupiter.api.Test;

class TestAddressesTest {

  private static void assertRefused(String typed, String messageKey) {
    assertThatThrownBy(() -> TestAddresses.parse(typed))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).messageKey())
        .isEqualTo(messageKey);
  }

  @Test
  void addressesMayBeSeparatedByCommasSemicolonsSpacesOrLines() {
    assertThat(TestAddresses.parse(" marie@example.org, jan@example.be;\nann@example.com  "))
        .containsExactly("marie@example.org", "jan@example.be", "ann@example.com");
  }

  @Test
  void theSameAddressTwiceGetsOneCopy() {
    assertThat(TestAddresses.parse("marie@example.org marie@example.org")).hasSize(1);
  }

  @Test
  void fiveAddressesAreTheMost() {
    assertThat(TestAddresses.parse("a@x.be b@x.be c@x.be d@x.be e@x.be")).hasSize(5);
    assertRefused("a@x.be b@x.be c@x.be d@x.be e@x.be f@x.be", "composer.testTooMany");
  }

  @Test
  void anythingButAnAddressIsRefusedByName() {
    assertRefused("marie@example.org, <script>@x.be", "composer.testAddressInvalid");
    assertThatThrownBy(() -> TestAddresses.parse("marie@example.org nobody"))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).arguments())
        .asList()
        .containsExactly("nobody");
    assertRefused(" ,; ", "composer.testAddressMissing");
    assertRefused(null, "composer.testAddressMissing");
  }
}
