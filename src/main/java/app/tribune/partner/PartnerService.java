package app.tribune.partner;

import app.tribune.audit.AuditLog;
import app.tribune.media.MediaService;
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

/**
 * The funders thanked under "Avec le soutien de": editors add them and change their logo, link,
 * order and period. A funder whose support ended is given an end date rather than deleted, so the
 * articles it funded keep thanking it.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class PartnerService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private Event<PartnerChanged> changes;

  /** Every funder, in the order the site lists them. */
  public List<Partner> list() {
    return em.createNamedQuery(Partner.FIND_ALL, Partner.class).getResultList();
  }

  /**
   * Creates or updates a funder and has every node drop its cached pages once committed.
   *
   * @throws RuleViolationException {@code partner.nameRequired}, {@code partner.urlInvalid}, {@code
   *     media.logoNotImage}, {@code partner.periodEndsBeforeStart}, {@code partner.notFound} or
   *     {@code partner.changedMeanwhile}
   */
  public Partner save(PartnerForm form) {
    if (form.getName() == null || form.getName().isBlank()) {
      throw new RuleViolationException("partner.nameRequired", "A funder needs a name");
    }
    String url = WebAddresses.orNull(form.getUrl());
    if (!WebAddresses.isAcceptable(url)) {
      throw new RuleViolationException("partner.urlInvalid", "Not an http(s) address");
    }
    Partner partner = form.getId() == null ? new Partner() : existing(form);
    partner.setName(form.getName().strip());
    partner.setDescription(
        form.getDescription() == null || form.getDescription().isBlank()
            ? null
            : form.getDescription().strip());
    partner.setUrl(url);
    partner.setLogo(media.logo(form.getLogoId()));
    partner.setPosition(form.getPosition());
    partner.setActiveFrom(form.getActiveFrom());
    partner.setActiveUntil(form.getActiveUntil());
    if (!partner.isPeriodValid()) {
      throw new RuleViolationException(
          "partner.periodEndsBeforeStart", "The period ends before it starts");
    }
    if (partner.getId() == null) {
      em.persist(partner);
    }
    // Checked here rather than at commit, so that a bad value comes back as a message.
    em.flush();
    audit.record(
        form.getId() == null ? "partner.create" : "partner.update",
        "Partner",
        partner.getId(),
        partner.getName());
    changes.fire(new PartnerChanged(partner.getId()));
    return partner;
  }

  private Partner existing(PartnerForm form) {
    Partner partner = em.find(Partner.class, form.getId());
    if (partner == null) {
      throw new RuleViolationException("partner.notFound", "The funder no longer exists");
    }
    if (partner.getVersion() != form.getVersion()) {
      throw new RuleViolationException(
          "partner.changedMeanwhile", "The funder was saved by someone else meanwhile");
    }
    return partner;
  }
}
