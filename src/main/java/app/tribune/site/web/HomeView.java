package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.event.Event;
import app.tribune.event.EventService;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.section.SectionTree;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page: the lead articles, the latest articles of each top-level section (its sub-sections
 * included) and the next events. Funders and the donate link are in the layout, on every page.
 */
@Named
@RequestScoped
public class HomeView {

  static final int LEADS = 3;
  static final int PER_SECTION = 3;
  static final int EVENTS = 4;

  @Inject private ArticleService articles;
  @Inject private EventService events;
  @Inject private SectionService sectionService;
  @Inject private SiteView site;

  private List<Article> leads;
  private List<Section> sections;
  private final Map<Long, List<Article>> latest = new HashMap<>();
  private List<Event> nextEvents;

  /**
   * Loads the page data once, before rendering (f:viewAction): one query for the leads, one for the
   * section tree, one per top-level section and one for the events, whatever the number of
   * articles.
   */
  public void load() {
    Language language = site.getLanguage();
    leads = articles.featured(language, LEADS);
    SectionTree tree = sectionService.activeTree();
    sections = site.getNavigation();
    for (Section section : sections) {
      // A lead is already at the top of the page: the section shows the next ones instead.
      latest.put(
          section.getId(),
          articles
              .publishedIn(tree.withDescendants(section.getId()), language, 0, PER_SECTION + LEADS)
              .stream()
              .filter(article -> !leads.contains(article))
              .limit(PER_SECTION)
              .toList());
    }
    nextEvents = events.upcoming(EVENTS);
  }

  public List<Article> getLeads() {
    return leads;
  }

  /** The top-level sections that have something to show, in menu order. */
  public List<Section> getSections() {
    return sections.stream().filter(section -> !latestIn(section).isEmpty()).toList();
  }

  /** The latest articles of a top-level section and its sub-sections, newest first. */
  public List<Article> latestIn(Section section) {
    return latest.getOrDefault(section.getId(), List.of());
  }

  public List<Event> getNextEvents() {
    return nextEvents;
  }
}
