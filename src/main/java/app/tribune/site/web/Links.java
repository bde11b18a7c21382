package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.event.Event;
import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Public addresses as pages write them: in the language of the page being read, so a reader who
 * chose Dutch stays in Dutch from link to link. An article's own address carries the language it is
 * written in.
 */
@Named
@RequestScoped
public class Links {

  @Inject private SiteView site;
  @Inject private HttpServletRequest request;

  /** {@code path} (starting with a slash) in the current interface language. */
  public String path(String path) {
    return pathIn(site.getLanguage(), path);
  }

  public String getHome() {
    return path("/");
  }

  public String article(Article article) {
    return articleIn(article.getLanguage(), article.getSlug());
  }

  public String section(Section section) {
    return sectionIn(site.getLanguage(), section);
  }

  /** Media are the same in every language. */
  public String media(MediaAsset asset) {
    return request.getContextPath() + "/media/" + asset.getId() + '/' + asset.getStorageName();
  }

  /** The address of page {@code page} of the list at {@code url}; the first page has no number. */
  public String page(String url, int page) {
    return page <= 1 ? url : url + (url.indexOf('?') < 0 ? '?' : '&') + "page=" + page;
  }

  public String sectionPage(Section section, int page) {
    return page(section(section), page);
  }

  /** Like an article, an event's page speaks the language the event is described in. */
  public String event(Event event) {
    return request.getContextPath()
        + event.getLanguage().urlPrefix()
        + "/events/"
        + event.getSlug();
  }

  public String getEvents() {
    return path("/events");
  }

  public String eventsMonth(YearMonth month) {
    return path("/events?month=" + month);
  }

  public String getArchive() {
    return path("/archive");
  }

  public String archiveMonth(YearMonth month) {
    return path(String.format("/archive/%04d/%02d", month.getYear(), month.getMonthValue()));
  }

  /**
   * The {@code srcset} of an image: each stored width of it, so browsers pick the smallest that
   * fills its place. Only the original is stored for now.
   */
  public String srcset(MediaAsset asset) {
    return asset.getWidth() == null ? "" : media(asset) + ' ' + asset.getWidth() + 'w';
  }

  /**
   * {@code url} if it is a web address ({@code http} or {@code https}), else {@code null}: a link
   * typed by an editor into a plain field cannot become a {@code javascript:} link.
   */
  public String webAddress(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  /** {@code path} (starting with a slash) in a given interface language. */
  public String pathIn(Language language, String path) {
    return request.getContextPath() + language.urlPrefix() + path;
  }

  /** An article's address from its language and slug, for long lists that load no article. */
  public String articleIn(Language language, String slug) {
    return pathIn(language, "/articles/" + slug);
  }

  public String sectionIn(Language language, Section section) {
    return pathIn(language, "/section/" + section.getSlug());
  }

  /** The Atom feed of the whole site, every language included. */
  public String getFeed() {
    return path("/feed.xml");
  }

  public String sectionFeed(Section section) {
    return section(section) + "/feed.xml";
  }

  public String getNewsletterFeed() {
    return path("/newsletter/feed.xml");
  }
}
