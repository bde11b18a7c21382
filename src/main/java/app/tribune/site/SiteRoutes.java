package app.tribune.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
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
 * Maps the public addresses of the URL contract (README, "Public URLs") to the Facelets views that
 * render them. A forward, not a redirect: the reader keeps the clean address, and the view reads
 * the path parts as request parameters.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRoutes extends HttpFilter {

  /** A clean address, the view behind it and the names of its path parameters, in order. */
  record Route(Pattern pattern, String view, List<String> parameters) {
    static Route of(String regex, String view, String... parameters) {
      return new Route(Pattern.compile(regex), view, List.of(parameters));
    }
  }

  private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";

  static final List<Route> ROUTES =
      List.of(
          Route.of("/articles/" + SLUG, "/article.xhtml", "slug"),
          Route.of("/section/" + SLUG, "/section.xhtml", "slug"),
          Route.of("/admin/login", "/admin/login.xhtml"));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> target = resolve(path);
    if (target.isPresent()) {
      request.getRequestDispatcher(target.get()).forward(request, response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** The view address, with its query string, for a clean address; empty for any other path. */
  static Optional<String> resolve(String path) {
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
}
