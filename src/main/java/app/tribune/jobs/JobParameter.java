package app.tribune.jobs;

/**
 * A parameter a job may be started with; an empty value leaves the choice to the job.
 *
 * @param name as the job XML reads it
 * @param defaultValue what the console offers, empty when the job computes it (a period, a date)
 * @param flag whether it is a yes-or-no setting
 */
public record JobParameter(String name, String defaultValue, boolean flag) {

  static JobParameter text(String name) {
    return new JobParameter(name, "", false);
  }

  static JobParameter flag(String name) {
    return new JobParameter(name, "false", true);
  }
}
