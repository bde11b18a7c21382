package app.tribune.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.platform.i18n.Language;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChangeStampTest {

  private static final Instant MAY = Instant.parse("2024-05-02T09:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-02T09:00:00Z");

  @Test
  void movesWhenARowJoinsLeavesOrIsUpdated() {
    ChangeStamp before = ChangeStamp.fromRow(new Object[] {2L, 3L, 4L, MAY});
    ChangeStamp swapped = ChangeStamp.fromRow(new Object[] {2L, 4L, 4L, MAY});
    ChangeStamp updated = ChangeStamp.fromRow(new Object[] {2L, 3L, 5L, MAY});

    assertThat(swapped.checksum()).isNotEqualTo(before.checksum());
    assertThat(updated.checksum()).isNotEqualTo(before.checksum());
  }

  @Test
  void readsWhateverNumberTypeTheDatabaseSumsInto() {
    ChangeStamp stamp =
        ChangeStamp.fromRow(
            new Object[] {7L, new BigDecimal("30"), new BigDecimal("9"), MAY, JUNE});

    assertThat(stamp).isEqualTo(new ChangeStamp(7, 30 * 31 + 9, JUNE));
  }

  @Test
  void readsTimestampsInTheTypesTheDriversGive() {
    ChangeStamp stamp =
        ChangeStamp.fromRow(
            new Object[] {
              2L, 3L, 4L, Timestamp.from(MAY), JUNE.atOffset(ZoneOffset.ofHours(2)), null
            });

    assertThat(stamp.lastModified()).isEqualTo(JUNE);
    assertThat(ChangeStamp.latestIn(new Object[] {1L, Timestamp.from(JUNE), MAY}, 1))
        .isEqualTo(JUNE);
  }

  @Test
  void anEmptySetHasNoLastChange() {
    assertThat(ChangeStamp.fromRow(new Object[] {0L, null, null, null, null}))
        .isEqualTo(new ChangeStamp(0, 0, null));
  }

  @Test
  void aListingChangedLastWhenItsLatestDateSaysSo() {
    Listing listing = Listing.fromRow(new Object[] {5L, "budget", Language.NL, JUNE, null, MAY});

    assertThat(listing).isEqualTo(new Listing(5, "budget", Language.NL, JUNE));
  }
}
