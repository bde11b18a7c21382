package app.tribune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns away a file upload whose declared length is over a screen's own limit before anything reads
 * its body. The container's multipart limit (web.xml) is one for the whole application, the largest
 * any screen allows; each screen with a smaller one extends this filter.
 */
public abstract class UploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the form's other fields and the multipart headers around the file. */
  public static final long FORM_OVERHEAD = 64 * 1024;

  /** The largest file the screen accepts, in bytes. */
  protected abstract long maxBytes();

  /**
   * Answers a refused upload; a plain 413 unless the screen has something better to say. The caller
   * has set nothing on the response.
   */
  protected void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    if (multipart && request.getContentLengthLong() > maxBytes() + FORM_OVERHEAD) {
      // The unread body may be large: the connection is not worth keeping.
      response.setHeader("Connection", "close");
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
