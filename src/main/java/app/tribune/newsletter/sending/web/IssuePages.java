package app.tribune.newsletter.sending.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an issue's HTML, as {@link app.tribune.newsletter.sending.IssueRenderer} made it for the
 * mail, as a page of its own: the back office's preview and the public web version.
 */
public final class IssuePages {

  /**
   * Replaces the site's policy for this page: the mail's styles are inline, which the site's policy
   * forbids, and nothing in it may run, load from elsewhere or post a form. {@code sandbox} gives
   * the page an origin of its own, so even a script that got in could not read the site's cookies.
   */
  static final String POLICY =
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:;"
          + " form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

  private IssuePages() {}

  public static void write(HttpServletResponse response, String html) throws IOException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html);
  }
}
