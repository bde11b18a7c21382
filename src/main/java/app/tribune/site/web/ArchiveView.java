package app.tribune.site.web;

import app.tribune.article.ArticleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code /archive}: the years and months with published or archived articles, newest first. */
@Named
@RequestScoped
public class ArchiveView {

  @Inject private ArticleService articles;
  @Inject private SiteView site;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private List<ArchiveCalendar.Year> years;

  public void load() {
    years =
        ArchiveCalendar.of(
            articles.visiblePublicationTimes(site.getLanguage()), ZoneId.of(timeZone));
  }

  public List<ArchiveCalendar.Year> getYears() {
    return years;
  }
}
