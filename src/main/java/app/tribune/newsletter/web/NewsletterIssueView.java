package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterIssueService;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.site.web.LanguageVersions;
import app.tribune.site.web.Links;
import app.tribune.site.web.NotFound;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /newsletter/issues/{number}}: a sent issue as its readers received it, its items under
 * their section headings, in the issue's language. Drafts and unknown numbers are a 404.
 */
@Named
@RequestScoped
public class NewsletterIssueView {

  /** Items that follow each other under the same heading. */
  public record Group(String heading, List<NewsletterItem> items) {}

  @Inject private NewsletterIssueService issues;
  @Inject private SiteView site;
  @Inject private LanguageVersions languageVersions;
  @Inject private Links links;
  @Inject private FacesContext facesContext;

  private String number;
  private NewsletterIssue issue;
  private List<Group> groups;

  public void load() throws IOException {
    Optional<NewsletterIssue> found = parse(number).flatMap(issues::sentIssue);
    if (found.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    issue = found.get();
    if (issue.getLanguage() != null) {
      site.useLanguage(issue.getLanguage());
      languageVersions.offer(Map.of(issue.getLanguage(), links.newsletterIssue(issue)));
    }
    groups = group(issue.getItems());
  }

  /** An issue number as written in the address: digits only, no leading zero, fits an int. */
  static Optional<Integer> parse(String number) {
    return number != null && number.matches("[1-9][0-9]{0,8}")
        ? Optional.of(Integer.valueOf(number))
        : Optional.empty();
  }

  /** Runs of items sharing a heading, in the issue's order; a heading may come back later. */
  public static List<Group> group(List<NewsletterItem> items) {
    List<Group> runs = new ArrayList<>();
    for (NewsletterItem item : items) {
      Group last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && Objects.equals(last.heading(), item.getSectionHeading())) {
        last.items().add(item);
      } else {
        List<NewsletterItem> run = new ArrayList<>();
        run.add(item);
        runs.add(new Group(item.getSectionHeading(), run));
      }
    }
    return runs;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public NewsletterIssue getIssue() {
    return issue;
  }

  public YearMonth getPeriod() {
    return YearMonth.parse(issue.getPeriod());
  }

  public List<Group> getGroups() {
    return groups;
  }
}
