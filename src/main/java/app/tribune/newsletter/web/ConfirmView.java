package app.tribune.newsletter.web;

import app.tribune.newsletter.SubscriptionService;
import app.tribune.newsletter.SubscriptionService.Confirmation;
import app.tribune.site.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code /newsletter/confirm/{token}}: the link of the confirmation mail. Following it shows a
 * button; only pressing the button (a POST) confirms. Mail filters open the links of incoming mail
 * to check them, and a confirmation made by a robot would prove nothing about the reader.
 */
@Named
@RequestScoped
public class ConfirmView {

  /** What the page shows. */
  public enum State {
    ASK,
    CONFIRMED,
    EXPIRED,
    INVALID
  }

  @Inject private FacesContext facesContext;
  @Inject private SubscriptionService subscriptions;
  @Inject private Links links;

  private String token;
  private State state;

  public void load() {
    TokenPages.keepPrivate(facesContext);
    Confirmation outcome =
        TokenPages.isPost(facesContext)
            ? subscriptions.confirm(token)
            : subscriptions.checkConfirmation(token);
    state =
        switch (outcome) {
          case CONFIRMED -> TokenPages.isPost(facesContext) ? State.CONFIRMED : State.ASK;
          case EXPIRED -> State.EXPIRED;
          case INVALID -> State.INVALID;
        };
    if (state == State.EXPIRED || state == State.INVALID) {
      TokenPages.badRequest(facesContext);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public State getState() {
    return state;
  }

  /** Where the button posts: this very address. */
  public String getAction() {
    return links.path("/newsletter/confirm/" + token);
  }
}
