package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterIssueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** {@code /newsletter/issues}: every issue sent so far, the latest first. */
@Named
@RequestScoped
public class NewsletterArchiveView {

  /** Fifty years of monthly issues: the whole archive on one page. */
  static final int MAX_ISSUES = 600;

  @Inject private NewsletterIssueService issues;

  private List<NewsletterIssue> sent;

  public void load() {
    sent = issues.sent(MAX_ISSUES);
  }

  public List<NewsletterIssue> getIssues() {
    return sent;
  }

  /** The month an issue covers, for its title. */
  public YearMonth period(NewsletterIssue issue) {
    return YearMonth.parse(issue.getPeriod());
  }
}
