package app.tribune.article.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /articles/{slug}}: one published or archived article; anything else is a 404. */
@Named
@RequestScoped
public class ArticleView {

  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;

  private String slug;
  private Article article;

  public void load() throws IOException {
    article = slug == null ? null : articles.findVisible(slug).orElse(null);
    if (article == null) {
      facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      facesContext.responseComplete();
      return;
    }
    site.useLanguage(article.getLanguage());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Article getArticle() {
    return article;
  }
}
