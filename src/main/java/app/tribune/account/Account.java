package app.tribune.account;

import app.tribune.platform.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Someone who logs in to the back office. */
@Entity
@Table(name = "account")
@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
@NamedQuery(
    name = Account.FIND_BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.FIND_ALL, query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(
    name = Account.COUNT_ENABLED_WITH_ROLE,
    query =
        "SELECT COUNT(DISTINCT a) FROM Account a JOIN a.roles r"
            + " WHERE r = :role AND a.enabled = TRUE")
@NamedQuery(name = Account.COUNT_ALL, query = "SELECT COUNT(a) FROM Account a")
public class Account {

  /**
   * The account for {@code username}, which must be given {@link #normaliseUsername normalised}.
   */
  public static final String FIND_BY_USERNAME = "Account.findByUsername";

  public static final String FIND_ALL = "Account.findAll";

  /** Enabled accounts holding {@code role}: the last administrator must not lock everyone out. */
  public static final String COUNT_ENABLED_WITH_ROLE = "Account.countEnabledWithRole";

  /** Zero on a fresh installation, when the first administrator is created. */
  public static final String COUNT_ALL = "Account.countAll";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(min = 2, max = 64)
  @Pattern(regexp = "[a-z0-9][a-z0-9._@-]*", message = "{account.usernameCharacters}")
  @Column(name = "username", nullable = false, unique = true, length = 64)
  private String username;

  @NotBlank
  @Size(max = 120)
  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Email
  @Size(max = 254)
  @Column(name = "email", length = 254)
  private String email;

  /** A self-describing hash (algorithm, iterations, salt, hash); never the password. */
  @NotBlank
  @Size(max = 255)
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  // Loaded with the account: every security check needs them.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  /** Set when an administrator chose the password: the user must replace it at next login. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The language of the back office for this account: French or English. */
  @NotNull
  @Column(name = "language", nullable = false, length = 2)
  private Language language = Language.FR;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  protected Account() {}

  public Account(String username, String displayName, Instant createdAt) {
    this.username = normaliseUsername(username);
    this.displayName = displayName;
    this.createdAt = createdAt;
  }

  /** The form usernames are stored and looked up in: trimmed and lower-case. */
  public static String normaliseUsername(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Replaces the password hash.
   *
   * @param chosenByAdministrator whether someone else chose it, so the user must change it
   */
  public void changePassword(String newHash, Instant now, boolean chosenByAdministrator) {
    passwordHash = newHash;
    passwordChangedAt = now;
    mustChangePassword = chosenByAdministrator;
  }

  public void recordLogin(Instant now) {
    lastLoginAt = now;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.strip();
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public void setRoles(Collection<Role> roles) {
    Set<Role> wanted = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    this.roles.retainAll(wanted);
    this.roles.addAll(wanted);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language == Language.EN ? Language.EN : Language.FR;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }
}
