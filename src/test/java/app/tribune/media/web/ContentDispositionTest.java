package app.tribune.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void aDownloadIsNamedAsUploadedInUtf8WithAnAsciiFallback() {
    assertThat(ContentDisposition.of("attachment", "Rapport d’activité 2025.pdf"))
        .isEqualTo(
            "attachment; filename=\"Rapport d_activit_ 2025.pdf\";"
                + " filename*=UTF-8''Rapport%20d%E2%80%99activit%C3%A9%202025.pdf");
  }

  @Test
  void quotesAndSemicolonsCannotEndTheHeaderValue() {
    String header = ContentDisposition.of("inline", "a\"; filename=evil.html;\\.png");

    assertThat(header)
        .isEqualTo(
            "inline; filename=\"a_; filename=evil.html;_.png\";"
                + " filename*=UTF-8''a%22%3B%20filename%3Devil.html%3B%5C.png");
  }
}
