package app.tribune.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StencilTest {

  @Test
  void eachMarkerTakesItsSlotsValueWhereverAndHoweverOftenItStands() {
    String rendered =
        Stencil.marker(1) + " <a href=\"" + Stencil.marker(0) + "\">" + Stencil.marker(1) + "</a>";

    assertThat(Stencil.of(rendered, 2).orElseThrow().fill("https://x", "Marie"))
        .isEqualTo("Marie <a href=\"https://x\">Marie</a>");
  }

  @Test
  void aPageWithoutMarkersIsItselfForEveryReader() {
    assertThat(Stencil.of("<p>Bonjour</p>", 1).orElseThrow().fill("ignored"))
        .isEqualTo("<p>Bonjour</p>");
  }

  @Test
  void markCharactersThatAreNotOurMarkersMakeNoStencil() {
    assertThat(Stencil.of("a " + Stencil.MARK + " b", 1)).isEmpty();
    assertThat(Stencil.of(Stencil.MARK + "x" + Stencil.MARK, 1)).isEmpty();
    assertThat(Stencil.of(Stencil.marker(5), 2)).isEmpty();
  }
}
