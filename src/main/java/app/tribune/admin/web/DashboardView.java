package app.tribune.admin.web;

import app.tribune.admin.DashboardService;
import app.tribune.article.ArticleStatus;
import app.tribune.newsletter.SubscriberStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** {@code /admin/}: where the site stands, at a glance. */
@Named
@RequestScoped
public class DashboardView {

  @Inject private DashboardService dashboard;

  private List<Map.Entry<ArticleStatus, Long>> articles;
  private List<Map.Entry<SubscriberStatus, Long>> subscribers;

  public void load() {
    articles = List.copyOf(dashboard.articlesByStatus().entrySet());
    subscribers = List.copyOf(dashboard.subscribersByStatus().entrySet());
  }

  public List<Map.Entry<ArticleStatus, Long>> getArticles() {
    return articles;
  }

  public List<Map.Entry<SubscriberStatus, Long>> getSubscribers() {
    return subscribers;
  }
}
