package app.tribune.jobs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * Hands a start or a restart to the batch runtime from an invocation of its own.
 *
 * <p>The runtime's threads take over the invocation of whoever submits the job. Submitted straight
 * from a page request, every thread of the job shared that request's list of entity managers to
 * close: the first to end closed those the request and the other threads were still using, and the
 * page that had just started a send answered with an error. An enterprise bean's call is a new
 * invocation that ends here, so the job's threads inherit nothing of the page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobSubmitter {

  /** Starts {@code jobName} with {@code parameters}; the new execution's id. */
  public long start(String jobName, Properties parameters) {
    return BatchRuntime.getJobOperator().start(jobName, parameters);
  }

  /** Restarts {@code executionId} with {@code parameters}; the new execution's id. */
  public long restart(long executionId, Properties parameters) {
    return BatchRuntime.getJobOperator().restart(executionId, parameters);
  }
}
