package app.tribune.account;

import app.tribune.platform.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/** Back-office accounts: creation and password checks. */
@ApplicationScoped
@Transactional
public class AccountService {

  /**
   * Checked against when the username is unknown, so a wrong username costs as much time as a wrong
   * password and response times do not reveal which accounts exist.
   */
  private static final String DECOY_HASH = new PasswordHasher().hash("decoy".toCharArray());

  @PersistenceContext private EntityManager em;

  private final PasswordHasher hasher = new PasswordHasher();
  private final Clock clock = Clock.systemUTC();

  public boolean hasAnyAccount() {
    return em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult() > 0;
  }

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
        .setParameter("username", Account.normaliseUsername(username))
        .getResultStream()
        .findFirst();
  }

  public Account create(
      String username,
      String displayName,
      Collection<Role> roles,
      char[] password,
      boolean mustChangePassword) {
    Account account = new Account(username, displayName, clock.instant());
    account.setRoles(roles);
    account.changePassword(hasher.hash(password), clock.instant(), mustChangePassword);
    em.persist(account);
    return account;
  }

  /**
   * The enabled account matching these credentials, with its last log-in recorded; empty when the
   * username is unknown, the account disabled or the password wrong (the caller cannot tell which).
   */
  public Optional<Account> authenticate(String username, char[] password) {
    Optional<Account> found = findByUsername(username);
    if (found.isEmpty()) {
      hasher.verify(password, DECOY_HASH);
      return Optional.empty();
    }
    Account account = found.get();
    if (!hasher.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
      return Optional.empty();
    }
    if (hasher.needsRehash(account.getPasswordHash())) {
      account.changePassword(
          hasher.hash(password), clock.instant(), account.isMustChangePassword());
    }
    account.recordLogin(clock.instant());
    return Optional.of(account);
  }
}
