package app.tribune.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The job console as a user drives it: choose a job, start it, read its runs. */
public final class JobScreen {

  private static final Pattern STARTED = Pattern.compile("Exécution (\\d+) lancée");
  private static final Pattern RESTARTED = Pattern.compile("Reprise lancée : exécution (\\d+)");

  /** A run as the runs table shows it, with its steps' exit statuses and counts. */
  public record Run(long id, String status, String exitStatus, List<Map<String, String>> steps) {

    boolean isOver() {
      return !List.of("STARTING", "STARTED", "STOPPING").contains(status);
    }
  }

  private final WebClient web;

  public JobScreen(WebClient web) {
    this.web = web;
  }

  /** The console showing the runs of {@code job}. */
  Document select(TribuneJob job) {
    Document console = web.page("/admin/jobs/");
    Element row =
        console.select("#jobs\\:table_data tr").stream()
            .filter(tr -> tr.select("code.job-id").text().equals(job.jobName()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No line for " + job.jobName()));
    Element button = row.selectFirst("button[id$=':select']");
    if (button.hasAttr("disabled")) {
      return console;
    }
    return parse(web.submit(console, "jobs", Map.of(), button.attr("name")));
  }

  /**
   * Starts {@code job} with {@code parameters} (flags as "true").
   *
   * @return the execution started, empty when the console said a run was under way
   */
  OptionalLong start(TribuneJob job, Map<String, String> parameters) {
    Document console = select(job);
    Map<String, String> fields = new HashMap<>();
    List<JobParameter> declared = job.parameters();
    for (int i = 0; i < declared.size(); i++) {
      JobParameter parameter = declared.get(i);
      String value = parameters.getOrDefault(parameter.name(), "");
      if (parameter.flag()) {
        if (Boolean.parseBoolean(value)) {
          fields.put("jobs:params:" + i + ":flag_input", "on");
        }
      } else {
        fields.put("jobs:params:" + i + ":value", value);
      }
    }
    HttpResponse<String> response = web.submit(console, "jobs", fields, "jobs:start");
    assertThat(response.statusCode()).isEqualTo(200);
    return outcome(response.body(), STARTED);
  }

  OptionalLong restart(TribuneJob job, long executionId) {
    Document console = select(job);
    return outcome(
        web.submit(console, "jobs", Map.of(), runRow(console, executionId, "restart")).body(),
        RESTARTED);
  }

  void stop(TribuneJob job, long executionId) {
    Document console = select(job);
    web.submit(console, "jobs", Map.of(), runRow(console, executionId, "stop"));
  }

  private static String runRow(Document console, long executionId, String button) {
    Element row =
        console.select("#jobs\\:runs_data tr").stream()
            .filter(tr -> tr.select("td.execution").text().equals(String.valueOf(executionId)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row for run " + executionId));
    Element pressed = row.selectFirst("button[id$=':" + button + "']");
    assertThat(pressed).as("%s button of run %s", button, executionId).isNotNull();
    return pressed.attr("name");
  }

  private static OptionalLong outcome(String body, Pattern expected) {
    Matcher started = expected.matcher(body);
    if (started.find()) {
      return OptionalLong.of(Long.parseLong(started.group(1)));
    }
    assertThat(body).as("the console's answer").contains("tourne déjà");
    return OptionalLong.empty();
  }

  Run run(TribuneJob job, long executionId) {
    Element row =
        select(job).select("#jobs\\:runs_data > tr").stream()
            .filter(tr -> tr.select("td.execution").text().equals(String.valueOf(executionId)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row for run " + executionId));
    List<Map<String, String>> steps =
        row.select("tr.step").stream()
            .map(
                step ->
                    Map.of(
                        "name", step.select("td.name").text(),
                        "exitStatus", step.select("td.step-status").text(),
                        "read", step.select("td.read").text(),
                        "write", step.select("td.write").text(),
                        "commit", step.select("td.commit").text()))
            .toList();
    return new Run(
        executionId,
        row.selectFirst("td.status").text(),
        row.selectFirst("td.exit-status").text(),
        steps);
  }

  /** Waits for the run to end (completed, failed, stopped), three minutes at most. */
  Run awaitEnd(TribuneJob job, long executionId) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    Run run = run(job, executionId);
    while (!run.isOver()) {
      assertThat(Instant.now()).as("run %s over in time", executionId).isBefore(deadline);
      pause();
      run = run(job, executionId);
    }
    return run;
  }

  /** Starts {@code job} and waits for the run to end. */
  public Run startAndAwait(TribuneJob job, Map<String, String> parameters) {
    long id = start(job, parameters).orElseThrow(() -> new AssertionError("not started"));
    return awaitEnd(job, id);
  }

  static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Document parse(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), response.uri().toString());
  }
}
