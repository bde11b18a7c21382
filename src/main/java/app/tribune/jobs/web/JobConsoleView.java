package app.tribune.jobs.web;

import app.tribune.jobs.JobConsole;
import app.tribune.jobs.JobLine;
import app.tribune.jobs.JobParameter;
import app.tribune.jobs.JobRun;
import app.tribune.jobs.SendProgress;
import app.tribune.jobs.StepRun;
import app.tribune.jobs.TribuneJob;
import app.tribune.platform.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/jobs/}: each job with its schedule and its last and next run, a form to start one
 * with its parameters, and the runs of the chosen job with their steps, refreshed every few seconds
 * while one of them runs.
 */
@Named
@ViewScoped
public class JobConsoleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private JobConsole console;

  private List<JobLine> jobs;
  private TribuneJob selected;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Boolean> flags = new HashMap<>();
  private final Map<Long, List<StepRun>> steps = new HashMap<>();
  private final Map<Long, SendProgress> progress = new HashMap<>();

  private final LazyDataModel<JobRun> runs =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return console.countRuns(selected);
        }

        @Override
        public List<JobRun> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filter) {
          List<JobRun> page = console.runs(selected, first, pageSize);
          steps.clear();
          progress.clear();
          for (JobRun run : page) {
            steps.put(run.executionId(), console.steps(run.executionId()));
            console.progress(run).ifPresent(p -> progress.put(run.executionId(), p));
          }
          return page;
        }

        @Override
        public String getRowKey(JobRun run) {
          return String.valueOf(run.executionId());
        }
      };

  @PostConstruct
  void load() {
    List<TribuneJob> visible = console.jobs();
    selected = visible.isEmpty() ? null : visible.get(0);
    resetParameters();
    refresh();
  }

  /** Reads the jobs' last runs again; the poll calls it while something runs. */
  public void refresh() {
    jobs = console.overview();
  }

  /** Shows the runs of {@code job} and offers its parameters. */
  public void select(TribuneJob job) {
    selected = job;
    resetParameters();
  }

  private void resetParameters() {
    texts.clear();
    flags.clear();
    if (selected != null) {
      for (JobParameter parameter : selected.parameters()) {
        if (parameter.flag()) {
          flags.put(parameter.name(), Boolean.parseBoolean(parameter.defaultValue()));
        } else {
          texts.put(parameter.name(), parameter.defaultValue());
        }
      }
    }
  }

  public void start() {
    Map<String, String> parameters = new LinkedHashMap<>(texts);
    flags.forEach(
        (name, value) -> parameters.put(name, String.valueOf(Boolean.TRUE.equals(value))));
    try {
      report(console.start(selected, parameters), "jobs.launched");
    } catch (JobStartException | JobSecurityException refused) {
      message(FacesMessage.SEVERITY_ERROR, "jobs.startFailed", refused.getMessage());
    }
    refresh();
  }

  public void stop(JobRun run) {
    console.stop(run.executionId());
    message(FacesMessage.SEVERITY_INFO, "jobs.stopAsked", run.executionId());
    refresh();
  }

  public void restart(JobRun run) {
    try {
      report(console.restart(run.executionId()), "jobs.restarted");
    } catch (JobRestartException refused) {
      message(FacesMessage.SEVERITY_ERROR, "jobs.startFailed", refused.getMessage());
    }
    refresh();
  }

  private void report(OptionalLong execution, String key) {
    if (execution.isPresent()) {
      message(FacesMessage.SEVERITY_INFO, key, execution.getAsLong());
    } else {
      message(FacesMessage.SEVERITY_WARN, "jobs.alreadyRunning", selected.jobName());
    }
  }

  private static void message(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null, new FacesMessage(severity, Messages.get(context, key, arguments), null));
  }

  /** Whether a run of any job is under way, which keeps the page refreshing. */
  public boolean isAnyRunning() {
    return jobs.stream().anyMatch(line -> line.lastRun() != null && line.lastRun().isRunning());
  }

  /** How long the run took, or has been going. */
  public Duration duration(JobRun run) {
    return run.duration(Instant.now());
  }

  public List<StepRun> steps(JobRun run) {
    return steps.getOrDefault(run.executionId(), List.of());
  }

  public SendProgress progress(JobRun run) {
    return progress.get(run.executionId());
  }

  public List<JobLine> getJobs() {
    return jobs;
  }

  public TribuneJob getSelected() {
    return selected;
  }

  public LazyDataModel<JobRun> getRuns() {
    return runs;
  }

  public Map<String, String> getTexts() {
    return texts;
  }

  public Map<String, Boolean> getFlags() {
    return flags;
  }
}
