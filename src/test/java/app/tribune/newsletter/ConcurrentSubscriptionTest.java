package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures of a subscription mean a twin request got there first. */
class ConcurrentSubscriptionTest {

  @Test
  void theUniqueAddressViolatedDeepInTheCausesIsATwin() {
    SQLException unique = new SQLIntegrityConstraintViolationException("dup", "23505");

    assertThat(
            SubscriptionService.isConcurrentTwin(
                new TransactionalException("rolled back", new PersistenceException(unique))))
        .isTrue();
  }

  @Test
  void aPendingSubscriberUpdatedByBothIsATwin() {
    assertThat(SubscriptionService.isConcurrentTwin(new OptimisticLockException("version")))
        .isTrue();
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertThat(
            SubscriptionService.isConcurrentTwin(
                new PersistenceException(new SQLException("not null", "23502"))))
        .isFalse();
    assertThat(SubscriptionService.isConcurrentTwin(new IllegalStateException("boom"))).isFalse();
  }
}
