package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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

  @Test
  void anAssetSurvivesTheSessionReplicationOfTheViewHoldingIt() throws Exception {
    MediaAsset image = asset("photo.jpg", "image/jpeg");
    image.setAltText("Un champ de blé");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(image);
    }

    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MediaAsset copy = (MediaAsset) in.readObject();
      assertThat(copy.getAltText()).isEqualTo("Un champ de blé");
      assertThat(copy.getStorageName()).isEqualTo(image.getStorageName());
    }
  }

  private static MediaAsset asset(String name, String type) {
    return new MediaAsset(name, type, 10, CHECKSUM, "camille", Instant.now());
  }
}
