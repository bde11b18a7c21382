package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Language;
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
    return pathIn(site.getLanguage(), path);
  }

  public String getHome() {
    return path("/");
  }

  public String article(Article article) {
    return articleIn(article.getLanguage(), article.getSlug());
  }

  public String section(Section section) {
    return sectionIn(site.getLanguage(), section);
  }

  /** Media are the same in every language. */
  public String media(MediaAsset asset) {
    return request.getContextPath() + "/media/" + asset.getId() + '/' + asset.getStorageName();
  }

  /** {@code path} (starting with a slash) in a given interface language. */
  public String pathIn(Language language, String path) {
    return request.getContextPath() + language.urlPrefix() + path;
  }

  /** An article's address from its language and slug, for long lists that load no article. */
  public String articleIn(Language language, String slug) {
    return pathIn(language, "/articles/" + slug);
  }

  public String sectionIn(Language language, Section section) {
    return pathIn(language, "/section/" + section.getSlug());
  }

  /** The Atom feed of the whole site, every language included. */
  public String getFeed() {
    return path("/feed.xml");
  }

  public String sectionFeed(Section section) {
    return section(section) + "/feed.xml";
  }

  public String getNewsletterFeed() {
    return path("/newsletter/feed.xml");
  }
}
