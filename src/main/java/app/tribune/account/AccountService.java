package app.tribune.account;

import app.tribune.audit.AuditLog;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.security.AccessDenied;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.PasswordHasher;
import app.tribune.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Back-office accounts: log-in checks, a user's own password and language, and the administration
 * of everyone's accounts. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class AccountService {

  /** The action of every log-in attempt in the audit log; the detail says how it ended. */
  public static final String LOGIN = "account.login";

  public static final String LOGOUT = "account.logout";

  /** The target type of account entries in the audit log. */
  public static final String TARGET = "Account";

  /**
   * Checked against when the username is unknown, so a wrong username costs as much time as a wrong
   * password and response times do not reveal which accounts exist.
   */
  private static final String DECOY_HASH = new PasswordHasher().hash("decoy".toCharArray());

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** How a log-in attempt ended, as written in the audit log. */
  public enum LoginOutcome {
    SUCCESS("success"),
    UNKNOWN_USER("unknown user"),
    BAD_PASSWORD("bad password"),
    DISABLED("disabled");

    private final String detail;

    LoginOutcome(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  /** The outcome of a log-in, with the account when it succeeded. */
  public record Login(LoginOutcome outcome, Account account) {}

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private SecurityContext security;
  @Inject private SessionRegistry sessions;

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

  /** Creates an account without a caller: the first administrator, at start-up. */
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
    em.flush();
    audit.recordAs(
        AuditLog.SYSTEM, "account.create", TARGET, account.getUsername(), rolesOf(account));
    return account;
  }

  /**
   * Checks credentials and audits the attempt. Only an enabled account with the right password
   * succeeds; the caller of the log-in page cannot tell the failures apart, the audit log can.
   */
  public Login authenticate(String username, char[] password) {
    String name = Account.normaliseUsername(username);
    String actor = name == null || name.isEmpty() ? "?" : name;
    Optional<Account> found = findByUsername(name);
    LoginOutcome outcome;
    if (found.isEmpty()) {
      hasher.verify(password, DECOY_HASH);
      outcome = LoginOutcome.UNKNOWN_USER;
    } else if (!hasher.verify(password, found.get().getPasswordHash())) {
      outcome = LoginOutcome.BAD_PASSWORD;
    } else if (!found.get().isEnabled()) {
      outcome = LoginOutcome.DISABLED;
    } else {
      outcome = LoginOutcome.SUCCESS;
      Account account = found.get();
      if (hasher.needsRehash(account.getPasswordHash())) {
        account.changePassword(
            hasher.hash(password), clock.instant(), account.isMustChangePassword());
      }
      account.recordLogin(clock.instant());
    }
    audit.recordAs(actor, LOGIN, TARGET, actor, outcome.detail());
    return new Login(outcome, outcome == LoginOutcome.SUCCESS ? found.get() : null);
  }

  /** Records a log-in refused before its password was even checked. */
  public void recordThrottled(String username) {
    String name = Account.normaliseUsername(username);
    String actor = name == null || name.isEmpty() ? "?" : name;
    audit.recordAs(actor, LOGIN, TARGET, actor, "throttled");
  }

  @Allowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
  public void recordLogout() {
    String name = caller();
    audit.recordAs(name, LOGOUT, TARGET, name, null);
  }

  /** The account of the caller. */
  @Allowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
  public Account me() {
    return findByUsername(caller()).orElseThrow(() -> new AccessDenied("no account"));
  }

  /**
   * Replaces the caller's password, which clears the obligation to change it.
   *
   * @throws AccountRefused if {@code current} is wrong or {@code next} breaks a {@link
   *     PasswordRules rule} or is the current one
   */
  @Allowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
  public void changeOwnPassword(char[] current, char[] next) {
    Account account = me();
    if (!hasher.verify(current, account.getPasswordHash())) {
      throw new AccountRefused("password.currentWrong");
    }
    Optional<PasswordRules.Problem> problem = PasswordRules.check(account.getUsername(), next);
    if (problem.isPresent()) {
      throw new AccountRefused(problem.get().messageKey());
    }
    if (hasher.verify(next, account.getPasswordHash())) {
      throw new AccountRefused("password.sameAsCurrent");
    }
    account.changePassword(hasher.hash(next), clock.instant(), false);
    audit.recordAs(account.getUsername(), "account.password", TARGET, account.getUsername(), null);
  }

  @Allowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
  public void changeOwnLanguage(Language language) {
    me().setLanguage(language);
  }

  @Allowed(Roles.ADMIN)
  public List<Account> list() {
    return em.createNamedQuery(Account.FIND_ALL, Account.class).getResultList();
  }

  /**
   * Creates an account with a one-time password, which the new user must replace at first log-in.
   *
   * @return the one-time password, to show once to the administrator
   * @throws AccountRefused if the username is malformed or taken, or a field is missing
   */
  @Allowed(Roles.ADMIN)
  public String createUser(
      String username, String displayName, String email, Set<Role> roles, Language language) {
    String name = Account.normaliseUsername(username);
    if (name == null || !USERNAME.matcher(name).matches()) {
      throw new AccountRefused("account.usernameInvalid");
    }
    if (findByUsername(name).isPresent()) {
      throw new AccountRefused("account.usernameTaken");
    }
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
      throw new AccountRefused("account.displayNameInvalid");
    }
    checkEmail(email);
    if (roles == null || roles.isEmpty()) {
      throw new AccountRefused("account.rolesRequired");
    }
    String password = PasswordRules.generate();
    Account account = new Account(name, displayName.strip(), clock.instant());
    account.setEmail(email);
    account.setRoles(roles);
    account.setLanguage(language);
    account.changePassword(hasher.hash(password.toCharArray()), clock.instant(), true);
    em.persist(account);
    audit.record("account.create", TARGET, name, rolesOf(account));
    return password;
  }

  /**
   * Gives the account a new one-time password and ends its sessions.
   *
   * @return the one-time password, to show once to the administrator
   */
  @Allowed(Roles.ADMIN)
  public String resetPassword(long id) {
    Account account = find(id);
    String password = PasswordRules.generate();
    account.changePassword(hasher.hash(password.toCharArray()), clock.instant(), true);
    audit.record("account.reset", TARGET, account.getUsername(), null);
    sessions.endSessionsOf(account.getUsername());
    return password;
  }

  /**
   * Disables an account, ending its sessions; never the caller's own nor the last administrator.
   */
  @Allowed(Roles.ADMIN)
  public void disable(long id) {
    Account account = find(id);
    if (account.getUsername().equals(caller())) {
      throw new AccountRefused("account.notYourself");
    }
    if (account.isEnabled() && account.hasRole(Role.ADMIN)) {
      keepAnAdministrator();
    }
    account.setEnabled(false);
    audit.record("account.disable", TARGET, account.getUsername(), null);
    sessions.endSessionsOf(account.getUsername());
  }

  @Allowed(Roles.ADMIN)
  public void enable(long id) {
    Account account = find(id);
    account.setEnabled(true);
    audit.record("account.enable", TARGET, account.getUsername(), null);
  }

  /**
   * Replaces the roles of an account and ends its sessions, so the new roles apply at its next
   * log-in; the last active administrator keeps {@link Role#ADMIN}.
   */
  @Allowed(Roles.ADMIN)
  public void changeRoles(long id, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new AccountRefused("account.rolesRequired");
    }
    Account account = find(id);
    if (account.getRoles().equals(roles)) {
      return;
    }
    if (account.isEnabled() && account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      keepAnAdministrator();
    }
    account.setRoles(roles);
    audit.record("account.roles", TARGET, account.getUsername(), rolesOf(account));
    sessions.endSessionsOf(account.getUsername());
  }

  private void keepAnAdministrator() {
    long admins =
        em.createNamedQuery(Account.COUNT_ENABLED_WITH_ROLE, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins <= 1) {
      throw new AccountRefused("account.lastAdministrator");
    }
  }

  private Account find(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new AccountRefused("account.notFound");
    }
    return account;
  }

  private static void checkEmail(String email) {
    if (email != null
        && !email.isBlank()
        && (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
      throw new AccountRefused("account.emailInvalid");
    }
  }

  private String caller() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new AccessDenied("no caller");
    }
    return principal.getName();
  }

  private static String rolesOf(Account account) {
    return "roles="
        + String.join(",", new TreeSet<>(account.getRoles().stream().map(Role::name).toList()));
  }
}
