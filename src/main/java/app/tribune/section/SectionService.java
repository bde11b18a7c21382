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

  /** Which active section sits under which, read in one query. */
  public SectionTree activeTree() {
    return SectionTree.ofRows(
        em.createNamedQuery(Section.FIND_ACTIVE_PARENTS, Object[].class).getResultList());
  }

  /** The active sub-sections of a section, in menu order. */
  public List<Section> activeChildren(Section parent) {
    return em.createNamedQuery(Section.FIND_ACTIVE_CHILDREN, Section.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  /** Every active section, sub-sections included, in the editors' order. */
  public List<Section> active() {
    return em.createNamedQuery(Section.FIND_ACTIVE, Section.class).getResultList();
  }
}
