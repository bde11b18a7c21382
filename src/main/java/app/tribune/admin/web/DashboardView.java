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
  private List<Growth.Month> growth = List.of();
  private List<JobLine> jobs = List.of();
  private List<AuditEntry> activity = List.of();

  public void load() {
    articles = List.copyOf(dashboard.articlesByStatus().entrySet());
    subscriberCounts = List.copyOf(dashboard.subscribersByStatus().entrySet());
    publications = dashboard.publicationsPerMonth();
    boolean administrator = security.isCallerInRole(Roles.ADMIN);
    if (administrator || security.isCallerInRole(Roles.EDITOR)) {
      growth = subscribers.growth();
      jobs = console.overview();
    }
    if (administrator) {
      activity = audit.find(AuditFilter.all(), false, 0, RECENT_ACTIVITY);
    }
  }

  public List<Map.Entry<ArticleStatus, Long>> getArticles() {
    return articles;
  }

  public List<Map.Entry<SubscriberStatus, Long>> getSubscribers() {
    return subscriberCounts;
  }

  /** Published this month: the last bar of the publications chart. */
  public long getPublishedThisMonth() {
    return publications.get(publications.size() - 1).count();
  }

  public List<Publications> getPublications() {
    return publications;
  }

  public MonthChart getPublicationsChart() {
    return MonthChart.of(publications, Publications::month, Publications::count);
  }

  public List<Growth.Month> getGrowth() {
    return growth;
  }

  public MonthChart getGrowthChart() {
    return MonthChart.of(growth, Growth.Month::month, Growth.Month::subscribers);
  }

  public List<JobLine> getJobs() {
    return jobs;
  }

  public List<AuditEntry> getActivity() {
    return activity;
  }
}
