package app.tribune.audit;

import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.web.ClientAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes who did what and when. Services call it in the transaction of the change itself, so an
 * entry exists exactly when the change does; work with no caller (scheduled jobs, start-up) is
 * written as {@value #SYSTEM}.
 */
@ApplicationScoped
public class AuditLog {

  /** The actor of work nobody asked for in a request: schedules, jobs, start-up. */
  public static final String SYSTEM = "system";

  /** The longest detail kept: enough for a comment or a list of changed fields. */
  static final int MAX_DETAIL = 2_000;

  @PersistenceContext private EntityManager em;
  @Inject private SecurityContext security;
  @Inject private HttpServletRequest request;
  @Inject private ClientAddresses clientAddresses;

  /**
   * Records an action by the current caller.
   *
   * @param action what was done, as {@code object.verb}: {@code article.publish}
   * @param targetType the kind of object ({@code Article}), or {@code null}
   * @param targetId its id or another stable key, or {@code null}
   * @param detail what changed, free text, or {@code null}
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String action, String targetType, Object targetId, String detail) {
    recordAs(caller(), action, targetType, targetId, detail);
  }

  /** Records an action on behalf of a named actor: a login attempt names its own username. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordAs(
      String actor, String action, String targetType, Object targetId, String detail) {
    em.persist(
        new AuditEntry(
            Instant.now(),
            clip(actor, 64),
            action,
            targetType,
            targetId == null ? null : clip(targetId.toString(), 64),
            detail == null ? null : clip(detail, MAX_DETAIL),
            remoteAddress()));
  }

  /**
   * One page of the entries matching {@code filter}, newest first (oldest first when asked).
   *
   * @param first the index of the first entry
   * @param size how many entries at most
   */
  @Allowed(Roles.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> find(AuditFilter filter, boolean oldestFirst, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    query.where(matching(filter, cb, entry));
    query.orderBy(
        oldestFirst
            ? List.of(cb.asc(entry.get("at")), cb.asc(entry.get("id")))
            : List.of(cb.desc(entry.get("at")), cb.desc(entry.get("id"))));
    return em.createQuery(query)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 500)))
        .getResultList();
  }

  @Allowed(Roles.ADMIN)
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AuditFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    query.select(cb.count(entry)).where(matching(filter, cb, entry));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] matching(
      AuditFilter filter, CriteriaBuilder cb, Root<AuditEntry> entry) {
    List<Predicate> conditions = new ArrayList<>();
    if (filter.actor() != null) {
      conditions.add(cb.equal(entry.get("actor"), filter.actor()));
    }
    if (filter.action() != null) {
      conditions.add(cb.like(entry.get("action"), likePrefix(filter.action()), '\\'));
    }
    if (filter.targetType() != null) {
      conditions.add(cb.equal(entry.get("targetType"), filter.targetType()));
    }
    if (filter.from() != null) {
      conditions.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from()));
    }
    if (filter.until() != null) {
      conditions.add(cb.lessThan(entry.get("at"), filter.until()));
    }
    return conditions.toArray(new Predicate[0]);
  }

  /** What starts with {@code text}, its own {@code %} and {@code _} taken literally. */
  static String likePrefix(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private String caller() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? SYSTEM : principal.getName();
  }

  private String remoteAddress() {
    try {
      return clientAddresses.of(request);
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return null;
    }
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + '…';
  }
}
