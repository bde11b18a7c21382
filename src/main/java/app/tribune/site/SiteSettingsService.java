package app.tribune.site;

import app.tribune.audit.AuditLog;
import app.tribune.media.MediaService;
import app.tribune.partner.Partner;
import app.tribune.partner.PartnerService;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.web.WebAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The one row of site-wide settings: name, tagline, links, default funders. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSettingsService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private PartnerService partners;
  @Inject private Event<SiteChanged> changes;

  /** The settings row, which the first migration creates. */
  public SiteSettings current() {
    return em.find(SiteSettings.class, SiteSettings.ID);
  }

  /**
   * Saves the settings screen and has every node drop its cached pages once committed.
   *
   * @throws RuleViolationException {@code settings.urlInvalid} with the field's name when a link is
   *     not an http(s) address; {@code media.logoNotImage}; {@code settings.changedMeanwhile} when
   *     someone saved since the form was read
   */
  @Allowed(Roles.ADMIN)
  @Transactional(Transactional.TxType.REQUIRED)
  public void update(SiteSettingsForm form) {
    SiteSettings settings = current();
    if (settings.getVersion() != form.getVersion()) {
      throw new RuleViolationException(
          "settings.changedMeanwhile", "The settings were saved by someone else meanwhile");
    }
    for (Map.Entry<String, String> link : form.links().entrySet()) {
      if (!WebAddresses.isAcceptable(WebAddresses.orNull(link.getValue()))) {
        throw new RuleViolationException(
            "settings.urlInvalid", "Not an http(s) address: " + link.getKey(), link.getKey());
      }
    }
    settings.setSiteName(form.getSiteName().strip());
    settings.setTagline(text(form.getTagline()));
    settings.setLogo(media.logo(form.getLogoId()));
    settings.setFacebookUrl(WebAddresses.orNull(form.getFacebookUrl()));
    settings.setxUrl(WebAddresses.orNull(form.getxUrl()));
    settings.setInstagramUrl(WebAddresses.orNull(form.getInstagramUrl()));
    settings.setLinkedinUrl(WebAddresses.orNull(form.getLinkedinUrl()));
    settings.setYoutubeUrl(WebAddresses.orNull(form.getYoutubeUrl()));
    settings.setMastodonUrl(WebAddresses.orNull(form.getMastodonUrl()));
    settings.setDonateUrl(WebAddresses.orNull(form.getDonateUrl()));
    settings.setPrivacyUrl(WebAddresses.orNull(form.getPrivacyUrl()));
    settings.setContactEmail(text(form.getContactEmail()));
    settings.setPostalAddress(text(form.getPostalAddress()));
    settings.setFooterText(text(form.getFooterText()));
    settings.setDefaultPartners(chosen(form.getDefaultPartnerIds()));
    // Checked here rather than at commit, so that a bad value comes back as a message.
    em.flush();
    audit.record("settings.update", "SiteSettings", SiteSettings.ID, null);
    changes.fire(new SiteChanged());
  }

  private List<Partner> chosen(List<Long> ids) {
    return partners.list().stream().filter(p -> ids.contains(p.getId())).toList();
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
