package app.tribune.media.web;

import app.tribune.media.MediaService;
import app.tribune.platform.web.UploadLimitFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;

/**
 * The media library's upload limit, {@code tribune.media.max-bytes}, which may be lower than the
 * one in web.xml. PrimeFaces checks the size in the browser first, so only a client that skips that
 * check gets this plain 413.
 */
@WebFilter(urlPatterns = "/admin/media/*")
public class MediaUploadLimitFilter extends UploadLimitFilter {

  private static final long serialVersionUID = 1L;

  @Inject private MediaService media;

  @Override
  protected long maxBytes() {
    return media.maxBytes();
  }
}
