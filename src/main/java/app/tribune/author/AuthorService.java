package app.tribune.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Authors as readers reach them, by the address of their page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorService {

  @PersistenceContext private EntityManager em;

  public Optional<Author> find(String slug) {
    return em.createNamedQuery(Author.FIND_BY_SLUG, Author.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
