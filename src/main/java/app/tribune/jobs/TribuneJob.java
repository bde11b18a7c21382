package app.tribune.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tribune's batch jobs. The name is the job XML's file and id under {@code META-INF/batch-jobs}; a
 * scheduled job runs on the calendar expression of {@code tribune.jobs.<name>.schedule} (see {@link
 * CalendarSchedule}), whose default is here.
 */
public enum TribuneJob {
  BUILD_NEWSLETTER(
      "build-newsletter", "dayOfMonth=1st Tue; hour=9", true, JobParameter.text("period")),
  /** Started for one issue from the newsletter screens, never by the calendar. */
  SEND_NEWSLETTER("send-newsletter", null, true, JobParameter.text("issueId")),
  ARCHIVE_ARTICLES(
      "archive-articles",
      "hour=2; minute=30",
      false,
      JobParameter.flag("dryRun"),
      JobParameter.text("asOf"),
      new JobParameter("chunkSize", "500", false)),
  PURGE_DATA("purge-data", "dayOfWeek=Sun; hour=3; minute=30", false);

  private final String jobName;
  private final String defaultSchedule;
  private final boolean newsletter;
  private final List<JobParameter> parameters;

  TribuneJob(
      String jobName, String defaultSchedule, boolean newsletter, JobParameter... parameters) {
    this.jobName = jobName;
    this.defaultSchedule = defaultSchedule;
    this.newsletter = newsletter;
    this.parameters = List.of(parameters);
  }

  /** The job XML's name, as passed to {@code JobOperator.start}. */
  public String jobName() {
    return jobName;
  }

  /** The configuration key of its calendar expression. */
  public String scheduleKey() {
    return "tribune.jobs." + jobName + ".schedule";
  }

  /** The calendar expression used when none is configured; empty for a job run on demand only. */
  public Optional<String> defaultSchedule() {
    return Optional.ofNullable(defaultSchedule);
  }

  /** Newsletter jobs are the editors' to watch and start; the others are the administrators'. */
  public boolean isNewsletter() {
    return newsletter;
  }

  public List<JobParameter> parameters() {
    return parameters;
  }

  /** The row of {@code scheduler_lock} taken while a run of this job starts. */
  String lockName() {
    return "job:" + jobName;
  }

  /**
   * The row of {@code scheduler_lock} that the first node whose timer fires takes for that time of
   * the calendar, so that the other nodes' timers start nothing.
   */
  String timerLockName() {
    return "timer:" + jobName;
  }

  public static Optional<TribuneJob> byJobName(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
