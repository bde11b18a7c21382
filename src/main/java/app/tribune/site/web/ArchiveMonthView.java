package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /archive/{yyyy}/{mm}} ({@code ?page=N}): the articles published that month, archived ones
 * included and marked, newest first. A month that cannot exist (13, year 0000) is a 404; a month
 * without articles, past or future, says so; a page past the last is a 404.
 */
@Named
@RequestScoped
public class ArchiveMonthView {

  static final int PAGE_SIZE = 10;

  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private String year;
  private String month;
  private String page;
  private YearMonth shown;
  private Pagination pagination;
  private List<Article> teasers;

  public void load() throws IOException {
    Optional<YearMonth> asked = Months.of(year, month);
    if (asked.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    shown = asked.get();
    ZoneId zone = ZoneId.of(timeZone);
    Instant from = Months.start(shown, zone);
    Instant until = Months.end(shown, zone);
    Optional<Pagination> wanted =
        Pagination.of(
            page,
            PAGE_SIZE,
            articles.countVisiblePublishedBetween(from, until, site.getLanguage()));
    if (wanted.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    pagination = wanted.get();
    teasers =
        articles.visiblePublishedBetween(
            from, until, site.getLanguage(), pagination.offset(), PAGE_SIZE);
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  /** "Archives : août 2026" in the page's language, the name networks show when it is shared. */
  public String getTitle() {
    return Messages.get(
        facesContext,
        "archive.monthTitle",
        Months.inText(shown, facesContext.getViewRoot().getLocale()));
  }

  /** The month the page shows. */
  public YearMonth getShown() {
    return shown;
  }

  public Pagination getPagination() {
    return pagination;
  }

  public List<Article> getTeasers() {
    return teasers;
  }
}
