package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.author.Author;
import app.tribune.event.Event;
import app.tribune.media.MediaAsset;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.platform.i18n.Language;
import app.tribune.search.SearchQuery;
import app.tribune.section.Section;
import app.tribune.tag.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
   * The {@code srcset} of an image: each stored width of it (the resized variants, then the
   * original), so browsers pick the smallest that fills its place.
   */
  public String srcset(MediaAsset asset) {
    if (asset.getWidth() == null) {
      return "";
    }
    StringBuilder srcset = new StringBuilder();
    for (int width : asset.getVariantWidths()) {
      srcset.append(variant(asset, width)).append(' ').append(width).append("w, ");
    }
    return srcset.append(media(asset)).append(' ').append(asset.getWidth()).append('w').toString();
  }

  /** A resized variant of an image, {@code width} pixels wide. */
  public String variant(MediaAsset asset, int width) {
    return request.getContextPath()
        + "/media/"
        + asset.getId()
        + '/'
        + width
        + '/'
        + asset.getStorageName();
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

  public String getNewsletterIssues() {
    return path("/newsletter/issues");
  }

  /** Like an article, a sent issue's page speaks the issue's language. */
  public String newsletterIssue(NewsletterIssue issue) {
    return pathIn(
        issue.getLanguage() == null ? site.getLanguage() : issue.getLanguage(),
        "/newsletter/issues/" + issue.getNumber());
  }

  public String tag(Tag tag) {
    return path("/tag/" + tag.getSlug());
  }

  public String author(Author author) {
    return path("/author/" + author.getSlug());
  }

  /**
   * The full address of a link made by this class, for canonical links, feeds, share links and
   * structured data, which other sites read out of context.
   */
  public String absolute(String link) {
    return site.getBaseUrl() + link;
  }

  /** The search page, empty: the action of the search forms. */
  public String getSearch() {
    return path("/search");
  }

  /** The first page of results for these words and filters; pagination adds the page number. */
  public String search(SearchQuery query) {
    StringBuilder address = new StringBuilder(getSearch());
    char separator = '?';
    if (!query.text().isEmpty()) {
      address.append(separator).append("q=").append(encode(query.text()));
      separator = '&';
    }
    if (query.type() != null) {
      address.append(separator).append("type=").append(query.type().name());
      separator = '&';
    }
    if (query.section() != null) {
      address.append(separator).append("section=").append(encode(query.section()));
      separator = '&';
    }
    if (query.year() != null) {
      address.append(separator).append("year=").append(query.year());
    }
    return address.toString();
  }

  /** The subscription form's page, where every copy of the form posts. */
  public String getNewsletter() {
    return path("/newsletter");
  }

  public String getPrivacy() {
    return path("/privacy");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
