package app.tribune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
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
  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  // No look-alike characters (0/O, 1/l/I): the password is read off a terminal and typed in.
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GENERATED_LENGTH = 20;

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "tribune.admin.password")
  private Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "tribune.base.url")
  private String baseUrl;

  /** Does nothing once any account exists. */
  public void createIfNoAccount() {
    if (accounts.hasAnyAccount()) {
      return;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdministrator::generate);
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "TRIBUNE_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
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

  private String loginUrl() {
    return baseUrl.replaceAll("/+$", "") + "/admin/login";
  }

  static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
