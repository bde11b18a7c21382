package app.tribune.section.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.event.Event;
import app.tribune.event.EventService;
import app.tribune.media.MediaAsset;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.site.web.NotFound;
import app.tribune.site.web.Pagination;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /section/{slug}} ({@code ?page=N}): a section's published articles, its sub-sections'
 * included, ten to a page. A campaign section opens as a landing page: hero image, call to action,
 * the campaign's coming events and the files its articles offer for download.
 */
@Named
@RequestScoped
public class SectionView {

  static final int PAGE_SIZE = 10;
  static final int CAMPAIGN_EVENTS = 6;

  @Inject private SectionService sections;
  @Inject private ArticleService articles;
  @Inject private EventService events;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;

  private String slug;
  private String page;
  private Section section;
  private List<Section> subSections;
  private Pagination pagination;
  private List<Article> teasers;
  private List<Event> campaignEvents = List.of();
  private List<MediaAsset> tools = List.of();

  public void load() throws IOException {
    section = slug == null ? null : sections.findActive(slug).orElse(null);
    if (section == null) {
      NotFound.respond(facesContext);
      return;
    }
    Set<Long> family = sections.activeTree().withDescendants(section.getId());
    Optional<Pagination> shown =
        Pagination.of(page, PAGE_SIZE, articles.countPublishedIn(family, site.getLanguage()));
    if (shown.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    pagination = shown.get();
    subSections = sections.activeChildren(section);
    teasers = articles.publishedIn(family, site.getLanguage(), pagination.offset(), PAGE_SIZE);
    if (section.isCampaign()) {
      campaignEvents = events.upcomingIn(family, CAMPAIGN_EVENTS);
      tools = articles.attachmentsOfPublishedIn(family);
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The page number as typed in the address; {@link #getPagination()} has the one shown. */
  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public Section getSection() {
    return section;
  }

  public List<Section> getSubSections() {
    return subSections;
  }

  public Pagination getPagination() {
    return pagination;
  }

  public List<Article> getTeasers() {
    return teasers;
  }

  /** A campaign's events that are not over yet, soonest first; empty for other sections. */
  public List<Event> getCampaignEvents() {
    return campaignEvents;
  }

  /** The files a campaign's articles offer for download; empty for other sections. */
  public List<MediaAsset> getTools() {
    return tools;
  }
}
