package app.tribune.site.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What a public view does when its address names nothing readers may see. */
public final class NotFound {

  private NotFound() {}

  /** Answers with the site's 404 page instead of rendering the view. */
  public static void respond(FacesContext context) throws IOException {
    context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    context.responseComplete();
  }
}
