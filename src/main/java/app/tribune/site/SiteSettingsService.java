package app.tribune.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The one row of site-wide settings: name, tagline, links, default funders. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSettingsService {

  @PersistenceContext private EntityManager em;

  /** The settings row, which the first migration creates. */
  public SiteSettings current() {
    return em.find(SiteSettings.class, SiteSettings.ID);
  }
}
