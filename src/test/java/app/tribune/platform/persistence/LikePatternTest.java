package app.tribune.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void findsTheTextAnywhereIgnoringCaseAndSurroundingSpaces() {
    assertThat(LikePattern.containing("  Marche Pour le CLIMAT "))
        .isEqualTo("%marche pour le climat%");
  }

  @Test
  void wildcardsTypedInTheSearchBoxAreTakenLiterally() {
    assertThat(LikePattern.containing("100% bio_local\\")).isEqualTo("%100\\% bio\\_local\\\\%");
  }
}
