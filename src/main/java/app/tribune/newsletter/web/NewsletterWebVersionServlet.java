package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterIssueService;
import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.sending.IssueContent;
import app.tribune.newsletter.sending.IssueRenderer;
import app.tribune.newsletter.sending.web.IssuePages;
import app.tribune.site.SiteSettingsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /newsletter/issues/{number}/mail}: a sent issue as its subscribers received it, rendered
 * from the mail's own template without anyone's personal links. The issue's page links to it.
 */
@WebServlet("/newsletter-web-version")
public class NewsletterWebVersionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient NewsletterIssueService issues;
  @Inject private transient SiteSettingsService site;
  @Inject private transient NewsletterLinks links;
  @Inject private transient IssueRenderer renderer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<NewsletterIssue> issue =
        NewsletterIssueView.parse(request.getParameter("number")).flatMap(issues::sentIssue);
    if (issue.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    IssueContent content = IssueContent.of(issue.get(), site.current(), links);
    IssuePages.write(response, renderer.render(content, content.language(), null).html());
  }
}
