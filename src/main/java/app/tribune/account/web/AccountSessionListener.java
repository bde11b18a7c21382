package app.tribune.account.web;

import app.tribune.account.SessionRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps the {@link SessionRegistry} in step with the container: new ids, ended sessions. */
@WebListener
public class AccountSessionListener implements HttpSessionListener, HttpSessionIdListener {

  @Inject private SessionRegistry registry;

  @Override
  public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
    registry.idChanged(oldSessionId, event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    registry.ended(event.getSession());
  }
}
