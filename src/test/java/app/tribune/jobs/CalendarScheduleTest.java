package app.tribune.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarScheduleTest {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void theFirstTuesdayOfTheMonthAtNineInBrussels() {
    ScheduleExpression expression =
        CalendarSchedule.parse("dayOfMonth=1st Tue; hour=9", BRUSSELS).orElseThrow();

    assertThat(expression.getDayOfMonth()).isEqualTo("1st Tue");
    assertThat(expression.getHour()).isEqualTo("9");
    assertThat(expression.getMinute()).as("left out: on the hour").isEqualTo("0");
    assertThat(expression.getSecond()).isEqualTo("0");
    assertThat(expression.getMonth()).as("left out: every month").isEqualTo("*");
    assertThat(expression.getDayOfWeek()).isEqualTo("*");
    assertThat(expression.getTimezone()).isEqualTo("Europe/Brussels");
  }

  @Test
  void attributeNamesIgnoreCaseAndSpaces() {
    ScheduleExpression expression =
        CalendarSchedule.parse(" DAYOFWEEK = Sun ;hour=3;  minute=30 ;", BRUSSELS).orElseThrow();

    assertThat(expression.getDayOfWeek()).isEqualTo("Sun");
    assertThat(expression.getHour()).isEqualTo("3");
    assertThat(expression.getMinute()).isEqualTo("30");
  }

  @Test
  void offOrNothingSchedulesNothing() {
    assertThat(CalendarSchedule.parse("off", BRUSSELS)).isEmpty();
    assertThat(CalendarSchedule.parse(" OFF ", BRUSSELS)).isEmpty();
    assertThat(CalendarSchedule.parse("", BRUSSELS)).isEmpty();
    assertThat(CalendarSchedule.parse(null, BRUSSELS)).isEmpty();
  }

  @Test
  void aMistakeIsNamedRatherThanIgnored() {
    assertThatThrownBy(() -> CalendarSchedule.parse("day=1", BRUSSELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'day'");
    assertThatThrownBy(() -> CalendarSchedule.parse("hour 9", BRUSSELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour 9");
    assertThatThrownBy(() -> CalendarSchedule.parse("hour=", BRUSSELS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyScheduledJobsDefaultIsUnderstood() {
    for (TribuneJob job : TribuneJob.values()) {
      job.defaultSchedule()
          .ifPresent(
              text -> assertThat(CalendarSchedule.parse(text, BRUSSELS)).as(text).isPresent());
    }
    assertThat(TribuneJob.SEND_NEWSLETTER.defaultSchedule())
        .as("an issue is sent when an editor says so")
        .isEmpty();
    assertThat(TribuneJob.byJobName("archive-articles")).contains(TribuneJob.ARCHIVE_ARTICLES);
    assertThat(TribuneJob.ARCHIVE_ARTICLES.scheduleKey())
        .isEqualTo("tribune.jobs.archive-articles.schedule");
  }

  @Test
  void nodesFiringApartWithinTheMinuteNameTheSameTimeOfADailySchedule() {
    ScheduleExpression nightly =
        CalendarSchedule.parse("hour=2; minute=30", BRUSSELS).orElseThrow();
    Instant time = Instant.parse("2026-11-30T01:30:00Z");

    assertThat(CalendarSchedule.timeOf(nightly, time.plusMillis(40))).isEqualTo(time);
    assertThat(CalendarSchedule.timeOf(nightly, time.plusSeconds(12))).isEqualTo(time);
    assertThat(CalendarSchedule.lengthOfTime(nightly)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aScheduleFiringSeveralTimesAMinuteNamesEachSecond() {
    ScheduleExpression often =
        CalendarSchedule.parse("second=*/10; minute=*; hour=*", BRUSSELS).orElseThrow();
    Instant time = Instant.parse("2026-11-30T01:30:10Z");

    assertThat(CalendarSchedule.timeOf(often, time.plusMillis(400))).isEqualTo(time);
    assertThat(CalendarSchedule.timeOf(often, time.plusSeconds(10)))
        .isEqualTo(time.plusSeconds(10));
    assertThat(CalendarSchedule.lengthOfTime(often)).isEqualTo(Duration.ofSeconds(1));
  }
}
