package app.tribune.account;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Lets the container check back-office log-ins against the accounts table. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(
            account ->
                new CredentialValidationResult(
                    account.getUsername(),
                    account.getRoles().stream().map(Role::name).collect(toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
