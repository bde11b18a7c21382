package app.tribune.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in sessions of this node, so that disabling an account or resetting its password ends
 * the sessions it already has: the container keeps an authenticated session alive without asking
 * the identity store again. Fed by {@code account.web.AccountSessionListener}.
 *
 * <p>Per node: in a cluster, a session held by another node lives on until it times out; its owner
 * can no longer log in anywhere.
 */
@ApplicationScoped
public class SessionRegistry {

  /** The session attribute naming the account a session belongs to. */
  public static final String ACCOUNT = "tribune.account";

  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

  /** Marks {@code session} as {@code username}'s, once the log-in succeeded. */
  public void signedIn(HttpSession session, String username) {
    session.setAttribute(ACCOUNT, username);
    sessions.put(session.getId(), session);
  }

  public void idChanged(String oldId, HttpSession session) {
    if (sessions.remove(oldId) != null) {
      sessions.put(session.getId(), session);
    }
  }

  public void ended(HttpSession session) {
    sessions.remove(session.getId());
  }

  /** Invalidates every session of {@code username} on this node; returns how many there were. */
  public int endSessionsOf(String username) {
    int ended = 0;
    for (HttpSession session : sessions.values()) {
      try {
        if (username.equals(session.getAttribute(ACCOUNT))) {
          sessions.remove(session.getId());
          session.invalidate();
          ended++;
        }
      } catch (IllegalStateException alreadyInvalid) {
        sessions.values().remove(session);
      }
    }
    return ended;
  }
}
