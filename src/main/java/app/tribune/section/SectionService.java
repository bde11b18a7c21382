package app.tribune.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Sections ("rubriques") as the site's navigation shows them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SectionService {

  @PersistenceContext private EntityManager em;

  public Optional<Section> findActive(String slug) {
    return em.createNamedQuery(Section.FIND_BY_SLUG, Section.class)
        .setParameter("slug", slug)
        .getResultStream()
        .filter(Section::isActive)
        .findFirst();
  }

  /** Top-level active sections in the editors' order: the main navigation. */
  public List<Section> navigation() {
    return em.createNamedQuery(Section.FIND_ACTIVE_ROOTS, Section.class).getResultList();
  }
}
