package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

  private static final String CHECKSUM = "0".repeat(64);

  @Test
  void theStoredNameIsGeneratedWithTheExtensionOfTheDetectedType() {
    MediaAsset asset = asset("../../index.html", "image/png");

    assertThat(asset.getStorageName()).matches("[0-9a-f-]{36}\\.png");
    assertThat(asset.getOriginalName()).isEqualTo("../../index.html");
  }

  @Test
  void anImageWithoutAltTextCannotGoIntoAnArticle() {
    MediaAsset image = asset("photo.jpg", "image/jpeg");

    assertThatThrownBy(image::checkUsableInArticle)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("media.altTextRequired"));

    image.setAltText("   ");
    assertThat(image.isDescribed()).isFalse();
    image.setAltText("Une manifestation devant le Parlement");
    image.checkUsableInArticle();
    assertThat(image.isDescribed()).isTrue();
  }

  @Test
  void aDocumentNeedsNoAltText() {
    asset("rapport.pdf", "application/pdf").checkUsableInArticle();
  }

  @Test
  void variantWidthsAreKeptNarrowestFirst() {
    MediaAsset image = asset("photo.jpg", "image/jpeg");
    assertThat(image.getVariantWidths()).isEmpty();

    image.setVariantWidths(List.of(960, 480));

    assertThat(image.getVariantWidths()).containsExactly(480, 960);
  }

  private static MediaAsset asset(String name, String type) {
    return new MediaAsset(name, type, 10, CHECKSUM, "camille", Instant.now());
  }
}
