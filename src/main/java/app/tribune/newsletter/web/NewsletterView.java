package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.SignedTokens;
import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.newsletter.SubscriptionRequest;
import app.tribune.newsletter.SubscriptionService;
import app.tribune.site.web.Links;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code /newsletter}: the subscription form, and where every copy of it posts to. A good request
 * is answered with a redirect to {@code /newsletter?sent}, the same whatever the address (new,
 * pending, subscribed, or sent too often); a refused one with the form again, what was typed, and
 * why.
 */
@Named
@RequestScoped
public class NewsletterView {

  private static final Logger LOG = Logger.getLogger(NewsletterView.class.getName());

  @Inject private FacesContext facesContext;
  @Inject private HttpServletRequest request;
  @Inject private SubscriptionService subscriptions;
  @Inject private NewsletterLinks newsletterLinks;
  @Inject private NewsletterForm form;
  @Inject private Links links;
  @Inject private SiteView site;

  private boolean sent;

  public void load() {
    if (!TokenPages.isPost(facesContext)) {
      sent = request.getParameter("sent") != null;
      return;
    }
    HttpServletResponse response =
        (HttpServletResponse) facesContext.getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
    // A robot that fills every field is told it succeeded, so it learns nothing to adapt to.
    if (!isBlank(request.getParameter("website"))) {
      LOG.fine("Subscription form with its trap field filled; ignored");
      redirectToSent(response);
      return;
    }
    SignedTokens.Status token =
        newsletterLinks.tokens().verify(Purpose.FORM, request.getParameter("token")).status();
    if (token == SignedTokens.Status.INVALID) {
      form.refuse(Map.of("form", "newsletter.error.forged"));
      TokenPages.badRequest(facesContext);
      return;
    }
    List<String> topics =
        Arrays.asList(
            request.getParameterValues("topic") == null
                ? new String[0]
                : request.getParameterValues("topic"));
    SubscriptionRequest.Parsed parsed =
        SubscriptionRequest.parse(
            request.getParameter("email"),
            request.getParameter("name"),
            topics,
            request.getParameter("language"),
            site.getLanguage());
    form.keep(
        request.getParameter("email"),
        request.getParameter("name"),
        SubscriptionRequest.topicIds(topics),
        SubscriptionRequest.language(request.getParameter("language"), site.getLanguage()));
    if (token == SignedTokens.Status.EXPIRED) {
      form.refuse(Map.of("form", "newsletter.error.expired"));
      TokenPages.badRequest(facesContext);
      return;
    }
    if (!parsed.ok()) {
      form.refuse(parsed.errors());
      TokenPages.badRequest(facesContext);
      return;
    }
    subscriptions.subscribe(parsed.request());
    redirectToSent(response);
  }

  /** After the form was accepted: "check your mailbox". */
  public boolean isSent() {
    return sent;
  }

  private void redirectToSent(HttpServletResponse response) {
    // 303: the browser follows with a GET, so reloading the answer does not send the form again.
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", links.path("/newsletter?sent"));
    facesContext.responseComplete();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
