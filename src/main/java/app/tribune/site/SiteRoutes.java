package app.tribune.site;

import app.tribune.platform.i18n.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public addresses of the URL contract (README, "Public URLs") to the Facelets views (or,
 * for the feeds, the servlet) that render them. French is at the root; {@code /nl/…} and {@code
 * /en/…} serve the same pages with the interface in Dutch or English. A forward, not a redirect:
 * the reader keeps the clean address, and the view reads the path parts as request parameters.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRoutes extends HttpFilter {

  /** The request attribute holding the interface {@link Language} the address asked for. */
  public static final String LANGUAGE = "tribune.language";

  /** A clean address, the view behind it and the names of its path parameters, in order. */
  record Route(Pattern pattern, String view, List<String> parameters) {
    static Route of(String regex, String view, String... parameters) {
      return new Route(Pattern.compile(regex), view, List.of(parameters));
    }
  }

  /** Where a request goes: the language of its interface and the view (with query) or path. */
  record Target(Language language, String path) {}

  private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

  /** A signed newsletter token (see app.tribune.newsletter.SignedTokens). */
  private static final String TOKEN = "([A-Za-z0-9._-]{1,200})";

  private static final Pattern LANGUAGE_PREFIX = Pattern.compile("/(nl|en)(/.*)?");

  static final List<Route> ROUTES =
      List.of(
          Route.of("/", "/index.xhtml"),
          Route.of("/articles/" + SLUG, "/article.xhtml", "slug"),
          Route.of("/section/" + SLUG, "/section.xhtml", "slug"),
          Route.of("/archive", "/archive.xhtml"),
          Route.of("/archive/([0-9]{4})/([0-9]{2})", "/archive-month.xhtml", "year", "month"),
          Route.of("/events", "/events.xhtml"),
          Route.of("/events/" + SLUG, "/event.xhtml", "slug"),
          Route.of("/section/" + SLUG + "/feed\\.xml", "/feeds/section", "slug"),
          Route.of("/feed\\.xml", "/feeds/site"),
          Route.of("/newsletter/feed\\.xml", "/feeds/newsletter"),
          Route.of("/newsletter/issues", "/newsletter-issues.xhtml"),
          Route.of("/newsletter/issues/([1-9][0-9]{0,8})", "/newsletter-issue.xhtml", "number"),
          Route.of(
              "/newsletter/issues/([1-9][0-9]{0,8})/mail", "/newsletter-web-version", "number"),
          Route.of("/tag/" + SLUG, "/tag.xhtml", "slug"),
          Route.of("/author/" + SLUG, "/author.xhtml", "slug"),
          Route.of("/search", "/search.xhtml"),
          Route.of("/newsletter", "/newsletter.xhtml"),
          Route.of("/newsletter/confirm/" + TOKEN, "/newsletter-confirm.xhtml", "token"),
          Route.of("/newsletter/preferences/" + TOKEN, "/newsletter-preferences.xhtml", "token"),
          Route.of("/newsletter/unsubscribe/" + TOKEN, "/newsletter-unsubscribe.xhtml", "token"),
          Route.of("/privacy", "/privacy.xhtml"),
          Route.of("/admin/login", "/admin/login.xhtml"));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Target target = resolve(path);
    request.setAttribute(LANGUAGE, target.language());
    if (target.path().equals(path)) {
      chain.doFilter(request, response);
    } else {
      request.getRequestDispatcher(target.path()).forward(request, response);
    }
  }

  /**
   * The interface language and the view address (with its query string) for a clean address; any
   * other path is returned as it is, language prefix included. Stripping the prefix from those too
   * would forward {@code /nl/admin/…} or {@code /nl/WEB-INF/…} to what the container refuses to
   * serve on a direct request, past its security constraints.
   */
  static Target resolve(String path) {
    Language language = Language.FR;
    String rest = path;
    Matcher prefix = LANGUAGE_PREFIX.matcher(path);
    if (prefix.matches()) {
      language = Language.fromCode(prefix.group(1));
      rest = prefix.group(2) == null ? "/" : prefix.group(2);
    }
    return new Target(language, view(rest).orElse(path));
  }

  private static Optional<String> view(String path) {
    for (Route route : ROUTES) {
      Matcher matcher = route.pattern().matcher(path);
      if (matcher.matches()) {
        StringBuilder target = new StringBuilder(route.view());
        for (int i = 0; i < route.parameters().size(); i++) {
          target.append(i == 0 ? '?' : '&').append(route.parameters().get(i)).append('=');
          target.append(matcher.group(i + 1));
        }
        return Optional.of(target.toString());
      }
    }
    return Optional.empty();
  }

  /** The interface language the address of this request asked for; French when none did. */
  public static Language languageOf(ServletRequest request) {
    Object language = request.getAttribute(LANGUAGE);
    return language instanceof Language chosen ? chosen : Language.FR;
  }
}
