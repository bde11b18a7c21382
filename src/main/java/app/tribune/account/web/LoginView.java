package app.tribune.account.web;

import app.tribune.platform.i18n.Messages;
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
import java.io.IOException;

/** The back-office login form: hands the credentials to the container's security. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username.trim(), new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> {
        // A fresh session id after log-in, so an id planted before it is worth nothing.
        request.changeSessionId();
        external.redirect(external.getRequestContextPath() + "/admin/");
      }
      default -> {
        // A fresh session after a failure: the security layer keeps its half-finished login in
        // the session, which would otherwise leave the next protected page blank instead of
        // sending the editor back here.
        request.getSession().invalidate();
        String text = Messages.get(facesContext, "login.failed");
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
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
