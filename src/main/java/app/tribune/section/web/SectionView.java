package app.tribune.section.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** {@code /section/{slug}}: a section and its latest articles. */
@Named
@RequestScoped
public class SectionView {

  static final int PAGE_SIZE = 20;

  @Inject private SectionService sections;
  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;

  private String slug;
  private Section section;
  private List<Article> latest;

  public void load() throws IOException {
    section = slug == null ? null : sections.findActive(slug).orElse(null);
    if (section == null) {
      facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      facesContext.responseComplete();
      return;
    }
    latest = articles.latestIn(section, PAGE_SIZE);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Section getSection() {
    return section;
  }

  public List<Article> getLatest() {
    return latest;
  }
}
