package app.tribune.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Newsletter issues as readers see them: the public archive of those sent. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsletterIssueService {

  @PersistenceContext private EntityManager em;

  /** The latest sent issues, newest first. */
  public List<NewsletterIssue> sent(int limit) {
    return em.createNamedQuery(NewsletterIssue.FIND_SENT, NewsletterIssue.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
