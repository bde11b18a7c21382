package app.tribune.newsletter.composing.web;

import app.tribune.newsletter.composing.NewsletterComposer;
import app.tribune.newsletter.sending.web.IssuePages;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.AccessDenied;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /admin/newsletters/preview?id=…&lang=…}: the HTML part of an issue as a sample subscriber
 * gets it, for the composer's frame. Under {@code /admin/newsletters}, so only editors and
 * administrators reach it, and the composer checks their role again.
 */
@WebServlet("/admin/newsletters/preview")
public class IssuePreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient NewsletterComposer composer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long issueId;
    Language language;
    try {
      issueId = Long.parseLong(request.getParameter("id"));
      language = Language.fromCode(request.getParameter("lang"));
    } catch (IllegalArgumentException malformed) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      IssuePages.write(response, composer.preview(issueId, language).html());
    } catch (RuleViolationException notFound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDenied denied) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
