package app.tribune.account;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Lets the container check back-office log-ins against the accounts table: unknown users, wrong
 * passwords and disabled accounts are all refused alike.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    AccountService.Login login =
        accounts.authenticate(credential.getCaller(), credential.getPassword().getValue());
    if (login.outcome() != AccountService.LoginOutcome.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account account = login.account();
    return new CredentialValidationResult(
        account.getUsername(), account.getRoles().stream().map(Role::name).collect(toSet()));
  }
}
