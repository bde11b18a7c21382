package app.tribune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://dons.terres-solidaires.be/",
        "http://example.org",
        "HTTPS://Example.org/a?b=c#d",
        "https://xn--bcher-kva.example/"
      })
  void webAddressesAreAccepted(String address) {
    assertThat(WebAddresses.isAcceptable(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//evil.example/",
        "/relative/path",
        "https://",
        "https:///nohost",
        "ftp://example.org/",
        "mailto:someone@example.org",
        "https://exa mple.org/",
        " https://example.org/"
      })
  void anythingElseIsRefused(String address) {
    assertThat(WebAddresses.isAcceptable(address)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void emptyMeansNoLinkAndTooLongIsRefused() {
    assertThat(WebAddresses.isAcceptable(null)).isTrue();
    assertThat(WebAddresses.orNull("   ")).isNull();
    assertThat(WebAddresses.orNull(" https://example.org/ ")).isEqualTo("https://example.org/");
    assertThat(WebAddresses.isAcceptable("https://example.org/" + "a".repeat(481))).isFalse();
    assertThat(WebAddresses.isAcceptable("https://example.org/" + "a".repeat(480))).isTrue();
  }
}
