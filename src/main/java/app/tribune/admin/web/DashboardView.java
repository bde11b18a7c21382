package app.tribune.admin.web;

import app.tribune.admin.DashboardService;
import app.tribune.admin.DashboardService.Publications;
import app.tribune.article.ArticleStatus;
import app.tribune.audit.AuditEntry;
import app.tribune.audit.AuditFilter;
import app.tribune.audit.AuditLog;
import app.tribune.jobs.JobConsole;
import app.tribune.jobs.JobLine;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.admin.Growth;
import app.tribune.newsletter.admin.SubscriberAdminService;
import app.tribune.platform.security.Roles;
import app.tribune.platform.web.MonthChart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/}: where the site stands, at a glance. Everyone sees the counts and the
 * publications; editors and administrators the subscribers' growth and the jobs they steer;
 * administrators the latest entries of the audit log. Each part comes from the service that guards
 * it, so a role that may not read it is never asked to.
 */
@Named
@RequestScoped
public class DashboardView {

  /** Audit entries the dashboard shows. */
  static final int RECENT_ACTIVITY = 8;

  @Inject private DashboardService dashboard;
  @Inject private SubscriberAdminService subscribers;
  @Inject private JobConsole console;
  @Inject private AuditLog audit;
  @Inject private SecurityContext security;

  private List<Map.Entry<ArticleStatus, Long>> articles;
  private List<Map.Entry<SubscriberStatus, Long>> subscriberCounts;
  private List<Publications> publications;
  private List<Growth.Month> growth;
  private List<JobLine> jobs;
  private List<AuditEntry> activity;

  // Each figure is read when the page first asks for it, on a postback too (the log-out button
  // posts this page back), and once per request.

  public List<Map.Entry<ArticleStatus, Long>> getArticles() {
    if (articles == null) {
      articles = List.copyOf(dashboard.articlesByStatus().entrySet());
    }
    return articles;
  }

  public List<Map.Entry<SubscriberStatus, Long>> getSubscribers() {
    if (subscriberCounts == null) {
      subscriberCounts = List.copyOf(dashboard.subscribersByStatus().entrySet());
    }
    return subscriberCounts;
  }

  public List<Publications> getPublications() {
    if (publications == null) {
      publications = dashboard.publicationsPerMonth();
    }
    return publications;
  }

  /** Published this month: the last bar of the publications chart. */
  public long getPublishedThisMonth() {
    List<Publications> months = getPublications();
    return months.get(months.size() - 1).count();
  }

  public MonthChart getPublicationsChart() {
    return MonthChart.of(getPublications(), Publications::month, Publications::count);
  }

  /** Empty for authors, who may not read the subscribers. */
  public List<Growth.Month> getGrowth() {
    if (growth == null) {
      growth = editorOrAdministrator() ? subscribers.growth() : List.of();
    }
    return growth;
  }

  public MonthChart getGrowthChart() {
    return MonthChart.of(getGrowth(), Growth.Month::month, Growth.Month::subscribers);
  }

  /** Empty for authors, who steer no job. */
  public List<JobLine> getJobs() {
    if (jobs == null) {
      jobs = editorOrAdministrator() ? console.overview() : List.of();
    }
    return jobs;
  }

  /** Empty but for administrators, the only ones who may read the audit log. */
  public List<AuditEntry> getActivity() {
    if (activity == null) {
      activity =
          security.isCallerInRole(Roles.ADMIN)
              ? audit.find(AuditFilter.all(), false, 0, RECENT_ACTIVITY)
              : List.of();
    }
    return activity;
  }

  private boolean editorOrAdministrator() {
    return security.isCallerInRole(Roles.ADMIN) || security.isCallerInRole(Roles.EDITOR);
  }
}
