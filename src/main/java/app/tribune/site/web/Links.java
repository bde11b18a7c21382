package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.media.MediaAsset;
import app.tribune.section.Section;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Public addresses as pages write them: in the language of the page being read, so a reader who
 * chose Dutch stays in Dutch from link to link. An article's own address carries the language it is
 * written in.
 */
@Named
@RequestScoped
public class Links {

  @Inject private SiteView site;
  @Inject private HttpServletRequest request;

  /** {@code path} (starting with a slash) in the current interface language. */
  public String path(String path) {
    return request.getContextPath() + site.getLanguage().urlPrefix() + path;
  }

  public String getHome() {
    return path("/");
  }

  public String article(Article article) {
    return request.getContextPath()
        + article.getLanguage().urlPrefix()
        + "/articles/"
        + article.getSlug();
  }

  public String section(Section section) {
    return path("/section/" + section.getSlug());
  }

  /** Media are the same in every language. */
  public String media(MediaAsset asset) {
    return request.getContextPath() + "/media/" + asset.getId() + '/' + asset.getStorageName();
  }
}
