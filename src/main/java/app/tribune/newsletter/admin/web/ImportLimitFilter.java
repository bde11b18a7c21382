package app.tribune.newsletter.admin.web;

import app.tribune.account.web.AdminLanguage;
import app.tribune.newsletter.admin.SubscriberImportService;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.web.UploadLimitFilter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The subscriber import's limit, {@code tribune.newsletter.import.max-bytes}, far below the media
 * library's; a file over it gets a page saying so in the editor's language, with the way back.
 */
@WebFilter(urlPatterns = "/admin/subscribers/*")
public class ImportLimitFilter extends UploadLimitFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SubscriberImportService imports;
  @Inject private AdminLanguage language;

  @Override
  protected long maxBytes() {
    return imports.maxBytes();
  }

  @Override
  protected void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Every logged-in session has its account's language; a request without one is refused by
    // the login constraint before reaching here.
    Locale locale = request.getSession(false) == null ? Locale.FRENCH : language.getLocale();
    String message =
        Messages.get(
            locale, "subscriberImport.error.tooLarge", imports.maxBytes() / (1024.0 * 1024.0));
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html; charset=UTF-8");
    PrintWriter out = response.getWriter();
    out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>");
    out.write("<meta charset=\"utf-8\"><title>413</title></head><body><main><p>");
    out.write(escape(message));
    out.write(
        "</p><p><a href=\"" + request.getContextPath() + "/admin/subscribers/import.xhtml\">");
    out.write(escape(Messages.get(locale, "subscriberImport.again")));
    out.write("</a></p></main></body></html>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
