package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriptionService;
import app.tribune.site.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * {@code /newsletter/unsubscribe/{token}}, the address of {@code List-Unsubscribe}. A POST
 * unsubscribes at once and says so, with no redirect and no cookie, whatever its body (RFC 8058
 * sends {@code List-Unsubscribe=One-Click}, form-encoded or multipart; the token in the address is
 * all that counts). A GET only shows the button, so a mail filter following the link unsubscribes
 * nobody.
 */
@Named
@RequestScoped
public class UnsubscribeView {

  /** What the page shows. */
  public enum State {
    ASK,
    DONE,
    INVALID
  }

  @Inject private FacesContext facesContext;
  @Inject private SubscriptionService subscriptions;
  @Inject private NewsletterLinks newsletterLinks;
  @Inject private Links links;

  private String token;
  private State state;
  private String preferencesUrl;

  public void load() {
    TokenPages.keepPrivate(facesContext);
    Optional<Subscriber> subscriber = subscriptions.findByToken(Purpose.UNSUBSCRIBE, token);
    if (subscriber.isEmpty()) {
      state = State.INVALID;
      TokenPages.badRequest(facesContext);
      return;
    }
    if (TokenPages.isPost(facesContext)) {
      subscriptions.unsubscribe(subscriber.get().getId());
      state = State.DONE;
      preferencesUrl = newsletterLinks.preferencesUrl(subscriber.get());
    } else {
      state = State.ASK;
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

  public String getAction() {
    return links.path("/newsletter/unsubscribe/" + token);
  }

  /** Where someone who left can come back, change their mind or erase their data. */
  public String getPreferencesUrl() {
    return preferencesUrl;
  }
}
