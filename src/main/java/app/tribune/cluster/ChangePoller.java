package app.tribune.cluster;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Applies the other nodes' changes every two seconds. A container timer rather than a thread of our
 * own, so that the search index reads the changed articles as any request would. Not persistent: a
 * tick missed while the node was down is not owed.
 */
@Singleton
public class ChangePoller {

  @Inject private ChangeRelay relay;

  // Reads only, apart from its own purge, which takes a transaction of its own.
  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    relay.poll();
  }
}
