package app.tribune.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Static files asked for with a content version ({@link StaticAssets}) never change under that
 * address: browsers and proxies may keep them a year without asking again.
 */
@WebFilter("/resources/*")
public class StaticCachingFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getParameter("v") != null) {
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    }
    chain.doFilter(request, response);
  }
}
