package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.event.Event;
import app.tribune.event.EventService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: lead articles, the latest publications and the next events. */
@Named
@RequestScoped
public class HomeView {

  static final int LEADS = 3;
  static final int LATEST = 12;
  static final int EVENTS = 4;

  @Inject private ArticleService articles;
  @Inject private EventService events;

  private List<Article> leads;
  private List<Article> latest;
  private List<Event> nextEvents;

  /** Loads the page data once, before rendering (f:viewAction). */
  public void load() {
    leads = articles.featured(LEADS);
    latest =
        articles.latest(LATEST + LEADS).stream()
            .filter(a -> !leads.contains(a))
            .limit(LATEST)
            .toList();
    nextEvents = events.upcoming(EVENTS);
  }

  public List<Article> getLeads() {
    return leads;
  }

  public List<Article> getLatest() {
    return latest;
  }

  public List<Event> getNextEvents() {
    return nextEvents;
  }
}
