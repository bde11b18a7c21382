package app.tribune.newsletter.web;

import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.newsletter.Subscriber;
import app.tribune.newsletter.SubscriberStatus;
import app.tribune.newsletter.SubscriptionRequest;
import app.tribune.newsletter.SubscriptionService;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import app.tribune.site.web.Links;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * {@code /newsletter/preferences/{token}}: a subscriber's topics and language, and the buttons to
 * leave, to get their data by mail, and to be erased. Each is a plain POST back to this address;
 * the signed token in it is what proves the visitor is the subscriber.
 */
@Named
@RequestScoped
public class PreferencesView {

  @Inject private FacesContext facesContext;
  @Inject private HttpServletRequest request;
  @Inject private SubscriptionService subscriptions;
  @Inject private Links links;

  private String token;
  private Subscriber subscriber;
  private boolean erased;

  /** Message key of what was just done, or of why it was not. */
  private String notice;

  public void load() {
    TokenPages.keepPrivate(facesContext);
    subscriber = subscriptions.findByToken(Purpose.PREFERENCES, token).orElse(null);
    if (subscriber == null) {
      TokenPages.badRequest(facesContext);
      return;
    }
    if (!TokenPages.isPost(facesContext)) {
      return;
    }
    long id = subscriber.getId();
    String action = request.getParameter("action");
    if ("save".equals(action)) {
      String[] topics = request.getParameterValues("topic");
      subscriptions.changePreferences(
          id,
          SubscriptionRequest.topicIds(topics == null ? List.of() : List.of(topics)),
          SubscriptionRequest.language(request.getParameter("language"), subscriber.getLanguage()));
      notice = "newsletter.preferences.saved";
    } else if ("unsubscribe".equals(action)) {
      subscriptions.unsubscribe(id);
      notice = "newsletter.preferences.unsubscribed";
    } else if ("data".equals(action)) {
      subscriptions.sendData(id);
      notice = "newsletter.preferences.dataSent";
    } else if ("erase".equals(action)) {
      if (request.getParameter("confirmErase") == null) {
        notice = "newsletter.preferences.eraseUnconfirmed";
        TokenPages.badRequest(facesContext);
      } else {
        subscriptions.erase(id);
        erased = true;
        notice = "newsletter.preferences.erased";
      }
    } else {
      TokenPages.badRequest(facesContext);
    }
    if (!erased) {
      subscriber = subscriptions.findByToken(Purpose.PREFERENCES, token).orElse(null);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** The subscriber, or {@code null} when the link is not genuine or they were just erased. */
  public Subscriber getSubscriber() {
    return erased ? null : subscriber;
  }

  public boolean isErased() {
    return erased;
  }

  public boolean isInvalid() {
    return subscriber == null && !erased;
  }

  /** Whether issues are being sent; otherwise the page offers to subscribe again. */
  public boolean isReceiving() {
    return subscriber != null && subscriber.getStatus() == SubscriberStatus.CONFIRMED;
  }

  public String getNotice() {
    return notice;
  }

  public List<Section> getTopics() {
    return subscriptions.topics();
  }

  public boolean isChosen(Section topic) {
    // By id: the page's sections and the subscriber's come from different persistence contexts.
    return subscriber.getTopics().stream().anyMatch(t -> t.getId().equals(topic.getId()));
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getAction() {
    return links.path("/newsletter/preferences/" + token);
  }
}
