package app.tribune.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.tribune.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class SectionTest {

  @Test
  void showsItsNameInTheReadersLanguageOrFallsBackToFrench() {
    Section section = new Section("Analyses", "analyses");
    section.setLocalizedName(Language.NL, "Analyses (NL)");

    assertThat(section.getName(Language.NL)).isEqualTo("Analyses (NL)");
    assertThat(section.getName(Language.EN)).isEqualTo("Analyses");
    assertThat(section.getName(Language.FR)).isEqualTo("Analyses");

    section.setLocalizedName(Language.NL, " ");
    assertThat(section.getName(Language.NL)).isEqualTo("Analyses");
    assertThat(section.getLocalizedNames()).isEmpty();
  }

  @Test
  void keepsBothParentsChildrenInStepWhenMoved() {
    Section first = new Section("Un", "un");
    Section second = new Section("Deux", "deux");
    Section child = new Section("Enfant", "enfant");

    child.setParent(first);
    assertThat(first.getChildren()).containsExactly(child);

    child.setParent(second);
    assertThat(first.getChildren()).isEmpty();
    assertThat(second.getChildren()).containsExactly(child);
    assertThat(child.getParent()).isSameAs(second);
  }

  @Test
  void refusesToBePlacedInsideItself() {
    Section top = new Section("Haut", "haut");
    Section middle = new Section("Milieu", "milieu");
    middle.setParent(top);

    assertThatIllegalArgumentException().isThrownBy(() -> top.setParent(middle));
    assertThatIllegalArgumentException().isThrownBy(() -> top.setParent(top));
    assertThat(top.getParent()).isNull();
  }

  @Test
  void refusesToGoUnderItsOwnGrandchildAndStaysWhereItWas() {
    Section campaign = new Section("Campagne", "campagne");
    Section projects = new Section("Projets", "projets");
    Section region = new Section("Région", "region");
    Section village = new Section("Village", "village");
    projects.setParent(campaign);
    region.setParent(projects);
    village.setParent(region);

    assertThatIllegalArgumentException().isThrownBy(() -> projects.setParent(village));
    assertThat(projects.getParent()).isSameAs(campaign);
    assertThat(campaign.getChildren()).containsExactly(projects);
    assertThat(village.getChildren()).isEmpty();
  }
}
