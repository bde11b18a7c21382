package app.tribune.site.web;

import app.tribune.media.MediaKind;
import app.tribune.media.MediaService;
import app.tribune.partner.PartnerService;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.Option;
import app.tribune.site.SiteSettingsForm;
import app.tribune.site.SiteSettingsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/settings/}: the site's name, tagline, logo, links, default funders and footer.
 * Administrators only; the service checks it too.
 */
@Named
@ViewScoped
public class SiteSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Images offered as the logo: the newest, which is where a logo just uploaded is. */
  private static final int MAX_LOGOS = 200;

  @Inject private SiteSettingsService settings;
  @Inject private PartnerService partners;
  @Inject private MediaService media;

  private SiteSettingsForm form;
  private List<Option> logos = List.of();
  private List<Option> funders = List.of();

  public void load() {
    form = SiteSettingsForm.of(settings.current());
    logos =
        media.search(null, MediaKind.IMAGE, 0, MAX_LOGOS).stream()
            .map(m -> new Option(m.getId(), m.getOriginalName()))
            .toList();
    funders = partners.list().stream().map(p -> new Option(p.getId(), p.getName())).toList();
  }

  public void save() {
    try {
      settings.update(form);
      Feedback.info("settings.saved");
      load();
    } catch (RuleViolationException refused) {
      if ("settings.urlInvalid".equals(refused.messageKey())) {
        Feedback.fieldError("settings:" + refused.arguments().get(0), refused.messageKey());
      } else {
        Feedback.refused(refused);
      }
    }
  }

  public SiteSettingsForm getForm() {
    return form;
  }

  public List<Option> getLogos() {
    return logos;
  }

  public List<Option> getFunders() {
    return funders;
  }
}
