package app.tribune.jobs;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job as the console and the dashboard list it: its calendar, its next and its last run.
 *
 * @param schedule the calendar, or {@code null} for a job run on demand only
 * @param nextRun {@code null} when nothing is planned
 * @param lastRun {@code null} when it never ran
 */
public record JobLine(TribuneJob job, String schedule, Instant nextRun, JobRun lastRun)
    implements Serializable {}
