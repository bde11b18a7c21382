package app.tribune.site.feed;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterIssueService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.web.ConditionalGet;
import app.tribune.section.SectionService;
import app.tribune.site.SiteSettings;
import app.tribune.site.web.Links;
import app.tribune.site.web.SiteView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Atom feeds, reached through {@code SiteRoutes} like pages: {@code /feed.xml} (the whole site,
 * every language), {@code /section/{slug}/feed.xml} (one active section) and {@code
 * /newsletter/feed.xml} (the sent issues). Under {@code /nl} or {@code /en} a feed is the same list
 * with its own texts and links in that language.
 */
@WebServlet(urlPatterns = {"/feeds/site", "/feeds/section", "/feeds/newsletter"})
public class FeedServlet extends HttpServlet {

  /** How many entries a feed carries, newest first. */
  static final int ENTRIES = 30;

  static final String CACHE_CONTROL = "public, max-age=300";

  @Inject private ArticleService articles;
  @Inject private SectionService sections;
  @Inject private NewsletterIssueService issues;
  @Inject private SiteView site;
  @Inject private Links links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<AtomFeed> feed =
        switch (request.getServletPath()) {
          case "/feeds/site" -> Optional.of(siteFeed());
          case "/feeds/newsletter" -> Optional.of(newsletterFeed());
          default -> Optional.ofNullable(request.getParameter("slug")).flatMap(this::sectionFeed);
        };
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] document = feed.get().toBytes();
    if (ConditionalGet.answeredNotModified(
        request, response, CACHE_CONTROL, ConditionalGet.etag(document), feed.get().updated())) {
      return;
    }
    response.setContentType(AtomFeed.CONTENT_TYPE);
    response.setContentLength(document.length);
    response.getOutputStream().write(document);
  }

  private AtomFeed siteFeed() {
    AtomFeed feed = feed(links.getFeed(), links.getHome(), text("feed.site"));
    addArticles(feed, articles.latest(site.getLanguage(), ENTRIES));
    return feed;
  }

  private Optional<AtomFeed> sectionFeed(String slug) {
    return sections
        .findActive(slug)
        .map(
            section -> {
              AtomFeed feed =
                  feed(
                      links.sectionFeed(section),
                      links.section(section),
                      section.getName(site.getLanguage()));
              addArticles(feed, articles.latestIn(section, site.getLanguage(), ENTRIES));
              return feed;
            });
  }

  private AtomFeed newsletterFeed() {
    AtomFeed feed =
        feed(links.getNewsletterFeed(), links.getNewsletterIssues(), text("feed.newsletter"));
    for (NewsletterIssue issue : issues.sent(ENTRIES)) {
      // The entry's id stays the same whatever language the feed is read in.
      String id = links.pathIn(Language.FR, "/newsletter/issues/" + issue.getNumber());
      feed.add(issue, absolute(id), absolute(links.newsletterIssue(issue)));
    }
    return feed;
  }

  private AtomFeed feed(String selfPath, String pagePath, String subject) {
    SiteSettings settings = site.getSettings();
    return new AtomFeed(
        absolute(selfPath),
        absolute(pagePath),
        settings.getSiteName() + " · " + subject,
        settings.getTagline(),
        settings.getSiteName());
  }

  private void addArticles(AtomFeed feed, List<Article> latest) {
    for (Article article : latest) {
      feed.add(article, absolute(links.article(article)));
    }
  }

  private String text(String key) {
    return Messages.get(site.getLocale(), key);
  }

  private String absolute(String path) {
    return site.getBaseUrl() + path;
  }
}
