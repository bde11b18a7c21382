package app.tribune.newsletter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportColumnsTest {

  @Test
  void headersInAnyOfTheThreeLanguagesAreRecognised() {
    assertThat(ImportColumns.guess(List.of("Nom", "Courriel", "Langue", "Rubriques")))
        .isEqualTo(new ImportColumns(1, 0, 2, 3));
    assertThat(ImportColumns.guess(List.of("E-mail", "Naam", "Taal")))
        .isEqualTo(new ImportColumns(0, 1, 2, ImportColumns.NONE));
    assertThat(ImportColumns.guess(List.of(" EMAIL ", "Full_Name", "Topics")))
        .isEqualTo(new ImportColumns(0, 1, ImportColumns.NONE, 2));
  }

  @Test
  void withoutARecognisedHeaderTheFirstColumnIsTakenForTheAddress() {
    ImportColumns guessed = ImportColumns.guess(List.of("anne@exemple.be", "Anne"));

    assertThat(guessed)
        .isEqualTo(
            new ImportColumns(0, ImportColumns.NONE, ImportColumns.NONE, ImportColumns.NONE));
    assertThat(guessed.hasEmail()).isTrue();
  }
}
