package app.tribune.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiblingOrderTest {

  private static final List<String> MENU = List.of("Analyses", "Actualités", "Projets", "Agenda");

  @Test
  void movesASectionOnePlaceUpOrDown() {
    assertThat(SiblingOrder.moved(MENU, "Projets", -1))
        .containsExactly("Analyses", "Projets", "Actualités", "Agenda");
    assertThat(SiblingOrder.moved(MENU, "Analyses", 1))
        .containsExactly("Actualités", "Analyses", "Projets", "Agenda");
  }

  @Test
  void stopsAtEitherEnd() {
    assertThat(SiblingOrder.moved(MENU, "Analyses", -1)).containsExactlyElementsOf(MENU);
    assertThat(SiblingOrder.moved(MENU, "Agenda", 1)).containsExactlyElementsOf(MENU);
    assertThat(SiblingOrder.moved(MENU, "Actualités", 10))
        .containsExactly("Analyses", "Projets", "Agenda", "Actualités");
  }

  @Test
  void leavesTheGivenListAsItWas() {
    List<String> menu = new ArrayList<>(MENU);

    SiblingOrder.moved(menu, "Agenda", -3);

    assertThat(menu).containsExactlyElementsOf(MENU);
  }

  @Test
  void refusesASectionFromAnotherParent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SiblingOrder.moved(MENU, "Afrique de l’Ouest", 1));
  }
}
