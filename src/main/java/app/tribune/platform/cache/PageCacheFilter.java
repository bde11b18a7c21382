package app.tribune.platform.cache;

import app.tribune.platform.web.Compression;
import app.tribune.platform.web.ConditionalGet;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves public pages from the {@link PageCache}: a reader gets stored bytes (gzipped when the
 * browser accepts it) with an {@code ETag} and {@code Last-Modified}, or a bare {@code 304} when
 * the copy it holds is still the current one. Its place in the filter chain is set in web.xml:
 * after the security headers, which every answer needs, and before the routes, which forward.
 */
@WebFilter(filterName = "PageCacheFilter", urlPatterns = "/*")
public class PageCacheFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());

  /**
   * Addresses never served from the cache: the back office (per editor, behind a login), media (the
   * media servlet has its own ETag and a year of caching), static resources (versioned, cached a
   * year by browsers), health and metrics (live values), and newsletter pages reached through a
   * personal token (one subscriber's data, and confirming acts on a GET).
   */
  private static final List<String> EXCLUDED_PREFIXES =
      List.of(
          "/admin",
          "/media/",
          "/resources/",
          "/jakarta.faces.resource/",
          "/health",
          "/metrics",
          "/openapi",
          "/newsletter/confirm/",
          "/newsletter/unsubscribe/",
          "/newsletter/preferences/");

  /**
   * Query parameters of listings (page numbers, agenda months). Any other query, above all a
   * search, bypasses the cache: free text would fill it with pages nobody asks for twice and push
   * out the ones everybody reads.
   */
  private static final Set<String> LISTING_PARAMETERS = Set.of("page", "month");

  private static final Pattern LISTING_VALUE = Pattern.compile("[0-9-]{1,10}");

  private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/(nl|en)(?=/)");

  @Inject private PageCache cache;

  /**
   * How long a shared cache in front (the production nginx) may serve a page without asking: a few
   * seconds, the delay before a published change reaches readers through it. Short, because unlike
   * the portal's own copy nothing clears the proxy's when content changes.
   */
  @Inject
  @ConfigProperty(name = "tribune.page-cache.shared-max-age-seconds")
  long sharedMaxAgeSeconds;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> key = cache.isEnabled() ? key(request) : Optional.empty();
    if (key.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CachedPage> cached = cache.find(key.get(), Instant.now());
    if (cached.isPresent()) {
      serve(cached.get(), request, response);
      return;
    }
    if (!"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long generation = cache.generation();
    CapturingResponse capture = new CapturingResponse(response, cache.maxPageBytes());
    chain.doFilter(request, capture);
    capture.finish();
    if (capture.passedThrough()) {
      return;
    }
    byte[] body = capture.body();
    if (!cacheable(key.get(), request, capture)) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Instant now = Instant.now();
    CachedPage page =
        CachedPage.rendered(
            body,
            capture.getContentType(),
            Optional.ofNullable(capture.pageCacheControl())
                .orElse(cacheControl(sharedMaxAgeSeconds)),
            capture.pageHeaders(),
            now,
            now.plus(cache.timeToLive()));
    cache.keep(key.get(), page, generation, now);
    serve(page, request, response);
  }

  /**
   * What readers' caches are told about a rendered page. Browsers may reuse it for a minute without
   * asking, so going back and forth between pages costs nothing; an edit still reaches every reader
   * within that minute, since the server's own copy is dropped at once. A shared cache keeps it
   * {@code sharedMaxAgeSeconds}. For five more minutes a browser or proxy may show its copy while
   * it checks for a new one in the background (RFC 5861), so nobody waits on that check; the check
   * itself is a cheap 304 when nothing changed. A document that says how long it may be kept (the
   * feeds do) keeps its own rule.
   */
  static String cacheControl(long sharedMaxAgeSeconds) {
    return "public, max-age=60, s-maxage="
        + Math.max(0, sharedMaxAgeSeconds)
        + ", stale-while-revalidate=300";
  }

  /**
   * The cache key of a request, or nothing when it must be rendered: not a GET or HEAD, a reader
   * with a session (an editor: pages may one day show editing links), an excluded address, or a
   * query that is not a listing's. The interface language is part of the path ({@code /nl/…}); an
   * article page speaks its own language, which its address fixes.
   */
  static Optional<String> key(HttpServletRequest request) {
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || request.getRequestedSessionId() != null) {
      return Optional.empty();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return key(path, request.getQueryString());
  }

  static Optional<String> key(String path, String query) {
    if (!path.startsWith("/") || path.indexOf(';') >= 0 || excluded(path)) {
      return Optional.empty();
    }
    if (query == null || query.isEmpty()) {
      return Optional.of(path);
    }
    for (String parameter : query.split("&", -1)) {
      int equals = parameter.indexOf('=');
      if (equals < 0
          || !LISTING_PARAMETERS.contains(parameter.substring(0, equals))
          || !LISTING_VALUE.matcher(parameter.substring(equals + 1)).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(path + '?' + query);
  }

  private static boolean excluded(String path) {
    // A subscriber's links carry their language: /nl/newsletter/preferences/… is as personal.
    String unprefixed = LANGUAGE_PREFIX.matcher(path).replaceFirst("");
    for (String prefix : EXCLUDED_PREFIXES) {
      if (path.startsWith(prefix) || unprefixed.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Only a plain 200 that neither set a cookie nor opened a session may be shared between readers;
   * a page can also opt out with its own {@code Cache-Control: no-store} or {@code private}.
   */
  private static boolean cacheable(
      String key, HttpServletRequest request, CapturingResponse capture) {
    if (capture.cookieSet() || request.getSession(false) != null) {
      LOG.log(
          Level.WARNING,
          "{0} set a cookie or opened a session for an anonymous reader; not cached",
          key);
      return false;
    }
    String own = capture.pageCacheControl();
    return capture.getStatus() == HttpServletResponse.SC_OK
        && capture.getContentType() != null
        && !capture.encodedByPage()
        && (own == null || !(own.contains("no-store") || own.contains("private")));
  }

  private static void serve(
      CachedPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean gzip =
        page.gzipped() != null && Compression.acceptsGzip(request.getHeader("Accept-Encoding"));
    response.setContentType(page.contentType());
    // Set, not added: on a miss the page has already set them on this very response.
    page.headers()
        .forEach(
            (name, values) -> {
              response.setHeader(name, values.get(0));
              values.subList(1, values.size()).forEach(value -> response.addHeader(name, value));
            });
    response.setHeader("Vary", "Accept-Encoding");
    if (ConditionalGet.answeredNotModified(
        request, response, page.cacheControl(), page.etag(gzip), page.lastModified())) {
      return;
    }
    byte[] body = gzip ? page.gzipped() : page.body();
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
