package app.tribune.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

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

  /** A sent issue by its number, with its items; nothing for a draft or an unknown number. */
  public Optional<NewsletterIssue> sentIssue(int number) {
    return em.createNamedQuery(NewsletterIssue.FIND_SENT_BY_NUMBER, NewsletterIssue.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
