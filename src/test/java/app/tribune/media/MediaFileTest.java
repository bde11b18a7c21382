package app.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tribune.platform.rules.RuleViolationException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MediaFileTest {

  private static final long LIMIT = MediaFile.DEFAULT_MAX_BYTES;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void aPhotoIsStoredAsAJpegWithNarrowerVariants() throws IOException {
    MediaFile file = read("vacances.png.jpg", SampleFiles.image("jpeg", 1700, 850, Color.GREEN));

    assertThat(file.contentType()).isEqualTo("image/jpeg");
    assertThat(file.originalName()).isEqualTo("vacances.png.jpg");
    assertThat(file.width()).isEqualTo(1700);
    assertThat(file.height()).isEqualTo(850);
    assertThat(file.variants())
        .extracting(ImageEncoder.Rendition::width, ImageEncoder.Rendition::height)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(480, 240),
            org.assertj.core.groups.Tuple.tuple(960, 480),
            org.assertj.core.groups.Tuple.tuple(1600, 800));
    BufferedImage variant = ImageIO.read(new ByteArrayInputStream(file.variants().get(0).bytes()));
    assertThat(variant.getWidth()).isEqualTo(480);
    assertThat(file.checksum()).matches("[0-9a-f]{64}");
  }

  @Test
  void aSmallImageHasNoVariantWiderThanItself() {
    MediaFile file = read("logo.png", SampleFiles.image("png", 700, 300, Color.RED));

    assertThat(file.contentType()).isEqualTo("image/png");
    assertThat(file.variants()).extracting(ImageEncoder.Rendition::width).containsExactly(480);
  }

  @Test
  void aGifBecomesAPng() {
    MediaFile file = read("anim.gif", SampleFiles.image("gif", 100, 80, Color.RED));

    assertThat(file.contentType()).isEqualTo("image/png");
    assertThat(file.width()).isEqualTo(100);
  }

  @Test
  void theTypeComesFromTheBytesNotTheName() {
    MediaFile file = read("rapport.jpg", SampleFiles.pdf());

    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.isImage()).isFalse();
    assertThat(file.bytes()).isEqualTo(SampleFiles.pdf());
  }

  @Test
  void aPolyglotJpegLosesItsPayload() {
    byte[] polyglot = SampleFiles.polyglotJpeg();
    assertThat(new String(polyglot, StandardCharsets.ISO_8859_1)).contains("<script");

    MediaFile file = read("photo.jpg", polyglot);

    assertThat(file.contentType()).isEqualTo("image/jpeg");
    assertThat(new String(file.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
    assertThat(file.variants())
        .allSatisfy(
            variant ->
                assertThat(new String(variant.bytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("<script"));
  }

  @Test
  void anSvgIsRefused() {
    assertRefused("dessin.svg", SampleFiles.svgWithScript(), "media.refused.svg");
  }

  @Test
  void htmlNamedAsAPngIsRefused() {
    assertRefused("photo.png", SampleFiles.html(), "media.refused.type");
  }

  @Test
  void aWebpIsRefusedWhereThisRuntimeCannotReadIt() {
    Assumptions.assumeFalse(ImageIO.getImageReadersByMIMEType("image/webp").hasNext());
    byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

    assertRefused("photo.webp", webp, "media.refused.webp");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertRefused("vide.jpg", new byte[0], "media.refused.empty");
  }

  @Test
  void aTruncatedPngIsRefused() {
    assertRefused("coupee.png", SampleFiles.truncatedPng(), "media.refused.unreadable");
  }

  @Test
  void namesThatArePathsOrHideCharactersAreRefused() {
    byte[] png = SampleFiles.image("png", 10, 10, Color.RED);
    for (String name :
        new String[] {
          "../../etc/passwd.png",
          "..\\boot.png",
          "a/b.png",
          "photo\u0000.png",
          "photo\r\n.png",
          "gnp.\u202eexe.png",
          "..",
          "   ",
          null
        }) {
      assertThatThrownBy(() -> MediaFile.read(name, new ByteArrayInputStream(png), LIMIT))
          .as(String.valueOf(name))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> assertThat(e.messageKey()).isEqualTo("media.refused.name"));
    }
  }

  @Test
  void aFileOverTheLimitIsRefusedAfterReadingOneByteMore() {
    byte[] pdf = SampleFiles.pdf();
    CountingStream in = new CountingStream(pdf, 10_000);

    assertThatThrownBy(() -> MediaFile.read("gros.pdf", in, 100))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("media.refused.tooLarge"));
    assertThat(in.read).isEqualTo(101);
  }

  @Test
  void aFileAtTheLimitIsAccepted() {
    byte[] pdf = SampleFiles.pdf();

    assertThat(MediaFile.read("juste.pdf", new ByteArrayInputStream(pdf), pdf.length).bytes())
        .hasSize(pdf.length);
  }

  private static MediaFile read(String name, byte[] bytes) {
    return MediaFile.read(name, new ByteArrayInputStream(bytes), LIMIT);
  }

  private static void assertRefused(String name, byte[] bytes, String key) {
    assertThatThrownBy(() -> read(name, bytes))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.arguments()).first().isEqualTo(name);
            });
  }

  /** A PDF followed by endless padding, counting what was read. */
  private static final class CountingStream extends InputStream {
    private final byte[] start;
    private final long length;
    private long read;

    CountingStream(byte[] start, long length) {
      this.start = start;
      this.length = length;
    }

    @Override
    public int read() {
      if (read >= length) {
        return -1;
      }
      int b = read < start.length ? start[(int) read] & 0xff : ' ';
      read++;
      return b;
    }
  }
}
