package app.tribune.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Public pages get a strict policy (no inline script, nothing
 * from other sites); the back office keeps the baseline because PrimeFaces writes inline handlers.
 */
// Forwards too: the container orders annotated filters as it likes, and when SiteRoutes comes
// first it forwards the request on before this filter has seen it. Error dispatches too: the
// container clears the headers of a request that threw before it renders the error page.
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final String BASELINE =
      "object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
  static final String PUBLIC_POLICY =
      "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self';"
          + " form-action 'self'; "
          + BASELINE;
  static final String BACK_OFFICE_POLICY = "form-action 'self'; " + BASELINE;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean backOffice = request.getRequestURI().startsWith(request.getContextPath() + "/admin");
    response.setHeader("Content-Security-Policy", backOffice ? BACK_OFFICE_POLICY : PUBLIC_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (backOffice) {
      // Drafts and personal data: neither the browser's cache nor a proxy may keep a copy.
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
