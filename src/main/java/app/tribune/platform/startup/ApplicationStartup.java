package app.tribune.platform.startup;

import app.tribune.account.FirstAdministrator;
import app.tribune.cluster.ChangeRelay;
import app.tribune.demo.DemoContent;
import app.tribune.jobs.JobTimers;
import app.tribune.platform.persistence.DatabaseMigration;
import app.tribune.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Runs the start-up steps in their only valid order: the schema first, since everything else reads
 * or writes tables; then the demo content and the first administrator, both only on an empty
 * database, so a restart keeps every change made since; the jobs' timers last, as their runs need
 * all of it. A failure stops the deployment with its reason in the log rather than leaving a
 * half-working site.
 */
@ApplicationScoped
public class ApplicationStartup {

  @Inject private DatabaseMigration migration;
  @Inject private DemoContent demoContent;
  @Inject private FirstAdministrator firstAdministrator;
  @Inject private SearchIndex searchIndex;
  @Inject private ChangeRelay changeRelay;
  @Inject private JobTimers jobTimers;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migration.migrate();
    demoContent.loadIfEmpty();
    firstAdministrator.createIfNoAccount();
    // Last, so that the index holds the demo content loaded just before.
    searchIndex.rebuild();
    changeRelay.start();
    jobTimers.createTimers();
  }
}
