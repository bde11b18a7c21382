package app.tribune.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoImagesTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void illustrationIsAPngOfTheRequestedSize() throws IOException {
    byte[] png = DemoImages.illustration("souverainete-alimentaire", "#2E7D32", 1200, 675);

    assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(675);
  }

  @Test
  void sameSeedGivesTheSameImage() {
    assertThat(DemoImages.illustration("marche-climat", "#C0392B", 600, 338))
        .isEqualTo(DemoImages.illustration("marche-climat", "#C0392B", 600, 338));
  }

  @Test
  void otherSeedsGiveOtherImages() {
    byte[] first = DemoImages.illustration("marche-climat", "#C0392B", 600, 338);

    assertThat(DemoImages.illustration("commerce-equitable", "#C0392B", 600, 338))
        .isNotEqualTo(first);
    assertThat(DemoImages.illustration("marche-climat", "#1565C0", 600, 338)).isNotEqualTo(first);
  }

  @Test
  void illustrationIsNotAFlatColour() throws IOException {
    BufferedImage image = decode(DemoImages.illustration("semences", "#6D4C41", 400, 225));

    // Sky at the top, hills at the bottom: a reader must see a picture, not a blank tile.
    assertThat(image.getRGB(200, 5)).isNotEqualTo(image.getRGB(200, 220));
  }

  @Test
  void logoIsASquarePngWithWhiteInitialsOnThePaletteColour() throws IOException {
    byte[] png = DemoImages.logo("FW", "#1F6FB2", 256);

    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(256);
    assertThat(image.getHeight()).isEqualTo(256);
    assertThat(countPixels(image, 0xFFFFFF)).isGreaterThan(256 * 256 / 50);
    assertThat(DemoImages.logo("FW", "#1F6FB2", 256)).isEqualTo(png);
    assertThat(DemoImages.logo("LN", "#1F6FB2", 256)).isNotEqualTo(png);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> DemoImages.illustration("x", "green", 10, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoImages.illustration("x", "#00FF00", 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoImages.logo("ABCD", "#00FF00", 64))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("decodable PNG").isNotNull();
    return image;
  }

  private static int countPixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb && (image.getRGB(x, y) >>> 24) == 0xFF) {
          count++;
        }
      }
    }
    return count;
  }
}
