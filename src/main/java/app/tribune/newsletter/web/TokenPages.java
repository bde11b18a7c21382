package app.tribune.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the pages reached through a personal link have in common. */
final class TokenPages {

  private TokenPages() {}

  /**
   * Keeps the page and its address private: no cache may keep a subscriber's page, and the token in
   * the address must not leak through the {@code Referer} of a link followed from it.
   */
  static void keepPrivate(FacesContext context) {
    HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  /** Whether the page was sent a form rather than asked for. */
  static boolean isPost(FacesContext context) {
    return "POST"
        .equals(((HttpServletRequest) context.getExternalContext().getRequest()).getMethod());
  }

  /** Answers 400: the page still renders, with its message. */
  static void badRequest(FacesContext context) {
    ((HttpServletResponse) context.getExternalContext().getResponse())
        .setStatus(HttpServletResponse.SC_BAD_REQUEST);
  }
}
