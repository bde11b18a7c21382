package app.tribune.account.web;

import app.tribune.account.Account;
import app.tribune.account.AccountRefused;
import app.tribune.account.AccountService;
import app.tribune.account.Role;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /admin/users/}: the accounts, created with a one-time password shown once, reset, disabled
 * or enabled, and their roles. Administrators only; the service checks it too.
 */
@Named
@ViewScoped
public class UserListView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UserListView.class.getName());

  /** What the table shows of an account: no password hash in the session. */
  public record Row(
      long id,
      String username,
      String displayName,
      String email,
      List<String> roles,
      boolean enabled,
      boolean mustChangePassword,
      Instant lastLoginAt)
      implements Serializable {

    static Row of(Account account) {
      return new Row(
          account.getId(),
          account.getUsername(),
          account.getDisplayName(),
          account.getEmail(),
          account.getRoles().stream().sorted().map(Role::name).toList(),
          account.isEnabled(),
          account.isMustChangePassword(),
          account.getLastLoginAt());
    }
  }

  /** A password to hand over once, and whose it is. */
  public record OneTimePassword(String username, String password) implements Serializable {}

  @Inject private AccountService accounts;

  private List<Row> rows = List.of();
  private final Map<Long, List<String>> roleEdits = new HashMap<>();
  private String username;
  private String displayName;
  private String email;
  private List<String> roles = new ArrayList<>(List.of(Role.AUTHOR.name()));
  private Language language = Language.FR;
  private OneTimePassword oneTimePassword;

  public void load() {
    rows = accounts.list().stream().map(Row::of).toList();
    roleEdits.clear();
    rows.forEach(row -> roleEdits.put(row.id(), new ArrayList<>(row.roles())));
  }

  public void create() {
    oneTimePassword = null;
    try {
      String password = accounts.createUser(username, displayName, email, toRoles(roles), language);
      oneTimePassword = new OneTimePassword(Account.normaliseUsername(username), password);
      username = null;
      displayName = null;
      email = null;
      info("users.created", oneTimePassword.username());
      load();
    } catch (AccountRefused refused) {
      error(fieldOf(refused.messageKey()), refused.messageKey());
    }
  }

  public void resetPassword(Row row) {
    oneTimePassword = null;
    act(
        () -> {
          String password = accounts.resetPassword(row.id());
          oneTimePassword = new OneTimePassword(row.username(), password);
        },
        "users.resetDone",
        row);
  }

  public void disable(Row row) {
    oneTimePassword = null;
    act(() -> accounts.disable(row.id()), "users.disabled", row);
  }

  public void enable(Row row) {
    oneTimePassword = null;
    act(() -> accounts.enable(row.id()), "users.enabled", row);
  }

  public void saveRoles(Row row) {
    oneTimePassword = null;
    act(
        () -> accounts.changeRoles(row.id(), toRoles(roleEdits.get(row.id()))),
        "users.rolesSaved",
        row);
  }

  private void act(Runnable action, String done, Row row) {
    try {
      action.run();
      info(done, row.username());
    } catch (AccountRefused refused) {
      error(null, refused.messageKey());
    } catch (TransactionalException | PersistenceException conflict) {
      // Most likely another administrator changed the same account a moment before.
      LOG.log(Level.INFO, "Account change refused at commit: {0}", conflict.toString());
      error(null, "users.changedMeanwhile");
    }
    load();
  }

  private static Set<Role> toRoles(List<String> names) {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String name : names) {
        for (Role role : Role.values()) {
          if (role.name().equals(name)) {
            chosen.add(role);
          }
        }
      }
    }
    return chosen;
  }

  private static String fieldOf(String key) {
    return switch (key) {
      case "account.usernameInvalid", "account.usernameTaken" -> "create:username";
      case "account.displayNameInvalid" -> "create:displayName";
      case "account.emailInvalid" -> "create:email";
      case "account.rolesRequired" -> "create:roles";
      default -> null;
    };
  }

  private static void info(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, key, arguments), null));
  }

  private static void error(String clientId, String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, key), null));
    context.validationFailed();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Map<Long, List<String>> getRoleEdits() {
    return roleEdits;
  }

  public List<String> getAllRoles() {
    return List.of(Role.ADMIN.name(), Role.EDITOR.name(), Role.AUTHOR.name());
  }

  public List<Language> getLanguages() {
    return List.of(Language.FR, Language.EN);
  }

  public OneTimePassword getOneTimePassword() {
    return oneTimePassword;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
