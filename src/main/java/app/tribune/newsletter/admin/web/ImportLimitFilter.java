package app.tribune.newsletter.admin.web;

import app.tribune.account.web.AdminLanguage;
import app.tribune.newsletter.admin.SubscriberImportService;
import app.tribune.platform.i18n.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Turns away a subscriber file whose declared length is over {@code
 * tribune.newsletter.import.max-bytes} before anything reads its body, with a page saying so in the
 * editor's language: the container's own multipart limit (web.xml) is the media library's, far
 * larger.
 */
@WebFilter(urlPatterns = "/admin/subscribers/*")
public class ImportLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the form's other fields and the multipart headers around the file. */
  static final long FORM_OVERHEAD = 64 * 1024;

  @Inject private SubscriberImportService imports;
  @Inject private AdminLanguage language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    if (multipart && request.getContentLengthLong() > imports.maxBytes() + FORM_OVERHEAD) {
      // Every logged-in session has its account's language; a request without one is refused by
      // the login constraint before reaching here.
      Locale locale = request.getSession(false) == null ? Locale.FRENCH : language.getLocale();
      String message =
          Messages.get(
              locale, "subscriberImport.error.tooLarge", imports.maxBytes() / (1024.0 * 1024.0));
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("text/html; charset=UTF-8");
      // The unread body may be large: the connection is not worth keeping.
      response.setHeader("Connection", "close");
      PrintWriter out = response.getWriter();
      out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>");
      out.write("<meta charset=\"utf-8\"><title>413</title></head><body><main><p>");
      out.write(escape(message));
      out.write(
          "</p><p><a href=\"" + request.getContextPath() + "/admin/subscribers/import.xhtml\">");
      out.write(escape(Messages.get(locale, "subscriberImport.again")));
      out.write("</a></p></main></body></html>");
      return;
    }
    chain.doFilter(request, response);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
