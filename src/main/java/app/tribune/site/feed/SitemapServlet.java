package app.tribune.site.feed;

import app.tribune.article.ArticleService;
import app.tribune.event.EventService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.persistence.ChangeStamp;
import app.tribune.platform.persistence.Listing;
import app.tribune.platform.web.ConditionalGet;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.section.SectionTree;
import app.tribune.site.web.Links;
import app.tribune.site.web.SiteView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /sitemap.xml}: every address a search engine should know, with when it last changed. The
 * home and section pages are listed in each interface language, since each declares itself
 * canonical; articles at their one canonical address (in their own language), published and
 * archived alike; events at their page. Articles and events are read by keyset pages, and the
 * validators come from aggregate queries, so a {@code 304} costs no listing at all.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

  /** Rows per database read while listing. */
  private static final int READ_SIZE = 1_000;

  @Inject private ArticleService articles;
  @Inject private EventService events;
  @Inject private SectionService sections;
  @Inject private SiteView site;
  @Inject private Links links;

  /** A source of listings read in keyset pages: those after an id, at most so many. */
  private interface Pages {
    List<Listing> after(long id, int limit);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ChangeStamp articleStamp = articles.visibleStamp();
    ChangeStamp eventStamp = events.stamp();
    List<Section> active = sections.active();
    int languages = Language.values().length;
    SitemapPlan plan =
        SitemapPlan.of(
            (long) languages * (1 + active.size()) + eventStamp.rows(), articleStamp.rows());
    Integer part = part(request.getParameter("part"));
    if (part != null && !plan.hasPart(part)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Instant lastModified =
        ChangeStamp.latest(articleStamp.lastModified(), eventStamp.lastModified());
    String etag =
        ConditionalGet.etagOf(
            "sitemap",
            part,
            site.getBaseUrl(),
            articleStamp,
            eventStamp,
            active.stream()
                .map(s -> s.getId() + "/" + s.getSlug() + "/" + s.getVersion())
                .toList());
    if (ConditionalGet.answeredNotModified(
        request, response, FeedServlet.CACHE_CONTROL, etag, lastModified)) {
      return;
    }
    response.setContentType(SitemapWriter.CONTENT_TYPE);
    if (part == null && !plan.isSingleFile()) {
      try (SitemapWriter index = SitemapWriter.index(response.getOutputStream())) {
        for (int i = 1; i <= plan.parts(); i++) {
          index.add(absolute(links.pathIn(Language.FR, "/sitemap.xml?part=" + i)), lastModified);
        }
      }
      return;
    }
    try (SitemapWriter sitemap = SitemapWriter.urlSet(response.getOutputStream())) {
      if (part == null || part == 1) {
        writePages(sitemap, active, lastModified);
      }
      if (part == null) {
        write(sitemap, articles::visibleListings, 0, Long.MAX_VALUE, this::articleAddress);
      } else if (part > 1) {
        Long first = articles.visibleIdAt(plan.firstArticleOf(part)).orElse(null);
        if (first != null) {
          write(sitemap, articles::visibleListings, first - 1, plan.limit(), this::articleAddress);
        }
      }
    }
  }

  private void writePages(SitemapWriter sitemap, List<Section> active, Instant siteLastModified)
      throws IOException {
    Map<Long, Instant> articleChanges = articles.lastChangeBySection();
    SectionTree tree = sections.activeTree();
    Map<Long, Instant> sectionChanges = new HashMap<>();
    for (Section section : active) {
      // A section's page lists its sub-sections' articles too, so it changes when theirs do. One
      // without articles has no date of its own; the site's last change bounds it.
      Instant newest =
          ChangeStamp.latest(
              tree.withDescendants(section.getId()).stream()
                  .map(articleChanges::get)
                  .toArray(Instant[]::new));
      sectionChanges.put(section.getId(), newest == null ? siteLastModified : newest);
    }
    for (Language language : Language.values()) {
      sitemap.add(absolute(links.pathIn(language, "/")), siteLastModified);
      for (Section section : active) {
        sitemap.add(
            absolute(links.sectionIn(language, section)), sectionChanges.get(section.getId()));
      }
    }
    write(
        sitemap,
        events::listings,
        0,
        Long.MAX_VALUE,
        event -> links.pathIn(Language.FR, "/events/" + event.slug()));
  }

  private String articleAddress(Listing article) {
    return links.articleIn(article.language(), article.slug());
  }

  /** Writes up to {@code max} listings after {@code afterId}, one keyset page at a time. */
  private void write(
      SitemapWriter sitemap, Pages pages, long afterId, long max, Function<Listing, String> address)
      throws IOException {
    long written = 0;
    long after = afterId;
    while (written < max) {
      int wanted = (int) Math.min(READ_SIZE, max - written);
      List<Listing> page = pages.after(after, wanted);
      for (Listing listing : page) {
        sitemap.add(absolute(address.apply(listing)), listing.lastModified());
      }
      written += page.size();
      if (page.size() < wanted) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private String absolute(String path) {
    return site.getBaseUrl() + path;
  }

  /** The requested part, {@code null} for none, or {@code -1} for one that cannot exist. */
  private static Integer part(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
