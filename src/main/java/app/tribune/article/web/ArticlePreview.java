package app.tribune.article.web;

import app.tribune.article.ArticleEditing;
import app.tribune.article.ArticleService;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.site.web.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A draft on the public article page: for an editor in the back office, or for anyone with a signed
 * link. Neither may be stored by a cache or indexed, and a bad or expired link is a plain 404.
 */
@Named
@RequestScoped
public class ArticlePreview {

  @Inject private ArticleView page;
  @Inject private ArticleService articles;
  @Inject private ArticleEditing editing;
  @Inject private PreviewLinks links;
  @Inject private FacesContext facesContext;

  private String token;
  private Long id;

  /** {@code /preview.xhtml?t=…}: the article the signed token names, if it is still valid. */
  public void loadShared() throws IOException {
    privateAnswer();
    show(links.articleOf(token));
  }

  /** {@code /admin/articles/preview.xhtml?id=…}: any article the editor may open. */
  public void loadForEditor() throws IOException {
    privateAnswer();
    try {
      // Through the guarded service, so that only someone allowed in the back office gets here.
      show(Optional.ofNullable(id).map(editing::load).map(form -> form.getId()));
    } catch (RuleViolationException notFound) {
      show(Optional.empty());
    }
  }

  private void show(Optional<Long> articleId) throws IOException {
    var article = articleId.flatMap(articles::findForPreview);
    if (article.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    page.show(article.get());
  }

  private void privateAnswer() {
    HttpServletResponse response =
        (HttpServletResponse) facesContext.getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
