package app.tribune.account.web;

import app.tribune.account.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Ends the editor's session, audited, and leaves them on the login page. */
@Named
@RequestScoped
public class LogoutView {

  @Inject private FacesContext facesContext;
  @Inject private AccountService accounts;

  public void logout() throws ServletException, IOException {
    ExternalContext external = facesContext.getExternalContext();
    accounts.recordLogout();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/admin/login");
  }
}
