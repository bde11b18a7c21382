package app.tribune.media.web;

import app.tribune.media.MediaAsset;
import app.tribune.media.MediaService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /media/{id}/{name}}: the stored bytes with the stored content type (found by content at
 * upload, never from the name); {@code /media/{id}/{width}/{name}}: an image's narrower variant. A
 * stored file never changes, so browsers may keep it a year and revalidate with its checksum.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(?:(\\d{1,5})/)?([^/]+)");
  private static final String ONE_YEAR = "public, max-age=31536000, immutable";

  @Inject private MediaService media;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher matcher = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    Optional<MediaAsset> asset =
        matcher.matches() ? media.find(Long.parseLong(matcher.group(1))) : Optional.empty();
    if (asset.isEmpty() || !asset.get().getStorageName().equals(matcher.group(3))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Integer width = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
    if (width != null && !asset.get().getVariantWidths().contains(width)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = '"' + asset.get().getChecksum() + (width == null ? "" : "-" + width) + '"';
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", ONE_YEAR);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    Optional<byte[]> bytes =
        width == null
            ? media.content(asset.get().getId())
            : media.variantContent(asset.get(), width);
    if (bytes.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(asset.get().getContentType());
    response.setContentLength(bytes.get().length);
    // Documents download rather than open inline, so a crafted PDF or HTML-like file cannot run
    // in the site's origin.
    String disposition = asset.get().isImage() ? "inline" : "attachment";
    response.setHeader(
        "Content-Disposition", ContentDisposition.of(disposition, asset.get().getOriginalName()));
    response.getOutputStream().write(bytes.get());
  }
}
