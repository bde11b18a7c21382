package app.tribune.media.web;

import app.tribune.media.MediaService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns away an upload to the media library whose declared length is over the configured limit
 * before anything reads its body: the limit in web.xml is fixed at the default, while {@code
 * tribune.media.max-bytes} may be lower. PrimeFaces checks the size in the browser first, so only a
 * client that skips that check gets this plain 413.
 */
@WebFilter(urlPatterns = "/admin/media/*")
public class MediaUploadLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the form's other fields and the multipart headers around the file. */
  static final long FORM_OVERHEAD = 64 * 1024;

  @Inject private MediaService media;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    if (multipart && request.getContentLengthLong() > media.maxBytes() + FORM_OVERHEAD) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
