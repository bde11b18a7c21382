package app.tribune.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Tags as readers reach them, by the address of their page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagService {

  @PersistenceContext private EntityManager em;

  public Optional<Tag> find(String slug) {
    return em.createNamedQuery(Tag.FIND_BY_SLUG, Tag.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The tag that absorbed the tag once found at {@code slug}, if it was merged. */
  public Optional<Tag> mergedInto(String slug) {
    return em.createNamedQuery(TagRedirect.FIND_TARGET, Tag.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
