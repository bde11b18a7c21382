package app.tribune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the administrator of a new installation. The password comes from {@code
 * TRIBUNE_ADMIN_PASSWORD}, or is generated and written to the log this one time, with the address
 * to log in at.
 */
@ApplicationScoped
public class FirstAdministrator {

  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "tribune.admin.password")
  private Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "tribune.base.url")
  private String baseUrl;

  /**
   * Does nothing once any account exists.
   *
   * @throws IllegalStateException if {@code TRIBUNE_ADMIN_PASSWORD} breaks the password rules, so
   *     the server stops at start-up saying why
   */
  public void createIfNoAccount() {
    if (accounts.hasAnyAccount()) {
      return;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(PasswordRules::generate);
    Optional<PasswordRules.Problem> problem = PasswordRules.check(USERNAME, password.toCharArray());
    if (problem.isPresent()) {
      throw new IllegalStateException(refusal(problem.get()));
    }
    accounts.create(
        USERNAME, "Administrateur", EnumSet.of(Role.ADMIN), password.toCharArray(), false);
    if (configuredPassword.isPresent()) {
      LOG.info(
          () ->
              "Administrator account '"
                  + USERNAME
                  + "' created with the password from TRIBUNE_ADMIN_PASSWORD; log in at "
                  + loginUrl());
    } else {
      LOG.warning(
          () ->
              String.format(
                  "%n%n  Tribune administrator created. This password is shown only once:%n"
                      + "    login URL : %s%n    username  : %s%n    password  : %s%n",
                  loginUrl(), USERNAME, password));
    }
  }

  /** Why the configured password cannot be used, in the words of the operator's log. */
  static String refusal(PasswordRules.Problem problem) {
    String why =
        switch (problem) {
          case TOO_SHORT -> "it has fewer than " + PasswordRules.MIN_LENGTH + " characters";
          case TOO_LONG -> "it has more than " + PasswordRules.MAX_LENGTH + " characters";
          case COMMON -> "it is on the list of common passwords attackers try first";
          case USERNAME -> "it is the username itself";
        };
    return "TRIBUNE_ADMIN_PASSWORD is refused: "
        + why
        + ". Choose a passphrase of "
        + PasswordRules.MIN_LENGTH
        + " to "
        + PasswordRules.MAX_LENGTH
        + " characters, or leave the variable unset to have one generated and shown once in"
        + " the log.";
  }

  private String loginUrl() {
    return baseUrl.replaceAll("/+$", "") + "/admin/login";
  }
}
