package app.tribune.jobs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Has {@link Heartbeats} beat for an execution from its start to its end on this node. Every job
 * XML of Tribune lists it, so that no run can outlive its node unnoticed.
 */
@Named
@Dependent
public class HeartbeatListener extends AbstractJobListener {

  @Inject private JobContext job;
  @Inject private Heartbeats heartbeats;

  @Override
  public void beforeJob() {
    heartbeats.begin(job.getExecutionId());
  }

  @Override
  public void afterJob() {
    heartbeats.end(job.getExecutionId());
  }
}
