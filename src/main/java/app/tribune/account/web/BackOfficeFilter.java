package app.tribune.account.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Back-office pages are never stored by a browser or a proxy (they show unpublished work and
 * one-time passwords), and an account with a one-time password sees only the page where it chooses
 * its own.
 */
// Forwards too: the login page's clean address is forwarded to its view.
@WebFilter(
    urlPatterns = "/admin/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class BackOfficeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    HttpSession session = request.getSession(false);
    if (session != null
        && Boolean.TRUE.equals(session.getAttribute(LoginView.MUST_CHANGE_PASSWORD))
        && request.getUserPrincipal() != null
        && !mayWaitForNewPassword(request.getServletPath())) {
      response.sendRedirect(request.getContextPath() + PasswordView.PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean mayWaitForNewPassword(String path) {
    return path.equals(PasswordView.PAGE) || path.startsWith("/admin/login");
  }
}
