package app.tribune.site.web;

import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.site.SiteSettings;
import app.tribune.site.SiteSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the public layout shows on every page: the site's identity and its main navigation. */
@Named
@RequestScoped
public class SiteView {

  @Inject private SiteSettingsService settingsService;
  @Inject private SectionService sectionService;

  @Inject
  @ConfigProperty(name = "tribune.base.url")
  private String baseUrl;

  private SiteSettings settings;
  private List<Section> navigation;

  /** French at the site's root; the Dutch and English prefixes come with the public portal. */
  public Locale getLocale() {
    return Locale.FRENCH;
  }

  public SiteSettings getSettings() {
    if (settings == null) {
      settings = settingsService.current();
    }
    return settings;
  }

  /** The public address of the site, without a trailing slash, for canonical links. */
  public String getBaseUrl() {
    return baseUrl.replaceAll("/+$", "");
  }

  public List<Section> getNavigation() {
    if (navigation == null) {
      navigation = sectionService.navigation();
    }
    return navigation;
  }
}
