package app.tribune.account.web;

import app.tribune.account.Account;
import app.tribune.account.AccountService;
import app.tribune.account.LoginThrottle;
import app.tribune.account.SessionRegistry;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.web.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The back-office login form: asks the throttle first, then hands the credentials to the
 * container's security, and on success starts the editor's session in their language.
 */
@Named
@RequestScoped
public class LoginView {

  /** Set in the session of an account that must replace its one-time password first. */
  public static final String MUST_CHANGE_PASSWORD = "tribune.mustChangePassword";

  private static final int TOO_MANY_REQUESTS = 429;

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private LoginThrottle throttle;
  @Inject private AccountService accounts;
  @Inject private SessionRegistry sessions;
  @Inject private AdminLanguage language;
  @Inject private ClientAddresses clientAddresses;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String name = Account.normaliseUsername(username);
    String address = clientAddresses.of(request);
    Optional<Duration> wait = throttle.waitFor(name, address);
    if (wait.isPresent()) {
      refuseForNow(external, name, wait.get());
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(name, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> signedIn(external, request, name);
      default -> {
        throttle.failed(name, address);
        // A fresh session after a failure: the security layer keeps its half-finished login in
        // the session, which would otherwise leave the next protected page blank instead of
        // sending the editor back here.
        request.getSession().invalidate();
        error("login.failed");
      }
    }
  }

  private void signedIn(ExternalContext external, HttpServletRequest request, String name)
      throws IOException {
    throttle.succeeded(name);
    // A fresh session id after log-in, so an id planted before it is worth nothing.
    request.changeSessionId();
    HttpSession session = request.getSession();
    sessions.signedIn(session, name);
    Account account = accounts.findByUsername(name).orElseThrow();
    language.use(account.getLanguage());
    if (account.isMustChangePassword()) {
      session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
      external.redirect(external.getRequestContextPath() + PasswordView.PAGE);
    } else {
      external.redirect(external.getRequestContextPath() + "/admin/");
    }
  }

  /** Answers 429 with the wait in Retry-After, without checking the password. */
  private void refuseForNow(ExternalContext external, String name, Duration wait) {
    accounts.recordThrottled(name);
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    external.setResponseStatus(TOO_MANY_REQUESTS);
    external.setResponseHeader("Retry-After", Long.toString(seconds));
    if (seconds < 120) {
      error("login.throttledSeconds", seconds);
    } else {
      error("login.throttledMinutes", (seconds + 59) / 60);
    }
  }

  private void error(String key, Object... arguments) {
    String text = Messages.get(facesContext, key, arguments);
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
