package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.author.Author;
import app.tribune.media.MediaAsset;
import app.tribune.section.Section;
import app.tribune.tag.Tag;
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

  public String tag(Tag tag) {
    return path("/tag/" + tag.getSlug());
  }

  public String author(Author author) {
    return path("/author/" + author.getSlug());
  }

  /**
   * The full address of a link made by this class, for canonical links, feeds, share links and
   * structured data, which other sites read out of context.
   */
  public String absolute(String link) {
    return site.getBaseUrl() + link;
  }
}
