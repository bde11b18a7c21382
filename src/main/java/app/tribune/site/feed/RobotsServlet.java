package app.tribune.site.feed;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.web.ConditionalGet;
import app.tribune.site.web.Links;
import app.tribune.site.web.SiteView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /robots.txt} (RFC 9309): crawlers may read every public page but not the back office,
 * which is also reachable under the language prefixes, and are pointed to the sitemap.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

  @Inject private SiteView site;
  @Inject private Links links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] document =
        robots(
                Arrays.stream(Language.values())
                    .map(language -> links.pathIn(language, "/admin/"))
                    .toList(),
                site.getBaseUrl() + links.pathIn(Language.FR, "/sitemap.xml"))
            .getBytes(StandardCharsets.UTF_8);
    if (ConditionalGet.answeredNotModified(
        request, response, FeedServlet.CACHE_CONTROL, ConditionalGet.etag(document), null)) {
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(document.length);
    response.getOutputStream().write(document);
  }

  /** The file's text: everything allowed but the {@code disallowed} paths. */
  static String robots(List<String> disallowed, String sitemapUrl) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    disallowed.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
    return text.append("\nSitemap: ").append(sitemapUrl).append('\n').toString();
  }
}
