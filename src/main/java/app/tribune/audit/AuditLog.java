package app.tribune.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;

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

  private String caller() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? SYSTEM : principal.getName();
  }

  private String remoteAddress() {
    try {
      return request.getRemoteAddr();
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return null;
    }
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + '…';
  }
}
