package app.tribune.site.web;

import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.site.SiteRoutes;
import app.tribune.site.SiteSettings;
import app.tribune.site.SiteSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the public layout shows on every page: the site's identity, its main navigation, and the
 * language of the interface.
 */
@Named
@RequestScoped
public class SiteView {

  @Inject private SiteSettingsService settingsService;
  @Inject private SectionService sectionService;
  @Inject private HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "tribune.base.url")
  private String baseUrl;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private Language language;
  private SiteSettings settings;
  private List<Section> navigation;
  private List<Partner> funders;

  /** The interface language: the address's, unless the page's content says otherwise. */
  public Language getLanguage() {
    if (language == null) {
      language = SiteRoutes.languageOf(request);
    }
    return language;
  }

  /** An article or event page speaks the language its content is written in. */
  public void useLanguage(Language contentLanguage) {
    this.language = contentLanguage;
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  public SiteSettings getSettings() {
    if (settings == null) {
      settings = settingsService.current();
    }
    return settings;
  }

  /** The funders thanked on every page whose support covers today, in the editors' order. */
  public List<Partner> getFunders() {
    if (funders == null) {
      LocalDate today = LocalDate.now(ZoneId.of(timeZone));
      funders =
          getSettings().getDefaultPartners().stream()
              .filter(p -> p.isActiveOn(today))
              .sorted(Comparator.comparingInt(Partner::getPosition).thenComparing(Partner::getName))
              .toList();
    }
    return funders;
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

  /** The page's language as OpenGraph writes locales: the site speaks to Belgium first. */
  public String getOpenGraphLocale() {
    return switch (getLanguage()) {
      case FR -> "fr_BE";
      case NL -> "nl_BE";
      case EN -> "en_GB";
    };
  }
}
