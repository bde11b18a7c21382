package app.tribune.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Static files asked for with a content version ({@link StaticAssets}) never change under that
 * address: browsers and proxies may keep them a year without asking again. Styles, scripts and SVG
 * images, which shrink to a fraction, go out gzipped to browsers that accept it.
 */
@WebFilter("/resources/*")
public class StaticCachingFilter extends HttpFilter {

  private static final Pattern TEXT_FILE = Pattern.compile("/resources/[\\w./-]+\\.(css|js|svg)");

  @Inject private StaticAssets assets;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getParameter("v") == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    // The servlet path is the container's decoded and normalised form of the address; refusing
    // ".." as well keeps the file read below inside /resources whatever the container does.
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    if (TEXT_FILE.matcher(path).matches() && !path.contains("..")) {
      response.setHeader("Vary", "Accept-Encoding");
      Optional<byte[]> gzipped =
          Compression.acceptsGzip(request.getHeader("Accept-Encoding"))
              ? assets.gzipped(path)
              : Optional.empty();
      if (gzipped.isPresent()) {
        response.setContentType(getServletContext().getMimeType(path));
        response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(gzipped.get().length);
        if (!"HEAD".equals(request.getMethod())) {
          response.getOutputStream().write(gzipped.get());
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
