package app.tribune.tag.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.Links;
import app.tribune.site.web.NotFound;
import app.tribune.site.web.Pagination;
import app.tribune.tag.Tag;
import app.tribune.tag.TagService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /tag/{slug}?page=N}: the published and archived articles with a tag, newest first. An
 * unknown tag or a page past the last is a 404.
 */
@Named
@RequestScoped
public class TagView {

  static final int PAGE_SIZE = 20;

  @Inject private TagService tags;
  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private Links links;

  private String slug;
  private String page;
  private Tag tag;
  private Pagination pagination;
  private List<Article> list;

  public void load() throws IOException {
    tag = slug == null ? null : tags.find(slug).orElse(null);
    if (tag == null) {
      NotFound.respond(facesContext);
      return;
    }
    Optional<Pagination> shown = Pagination.of(page, PAGE_SIZE, articles.countVisibleWithTag(tag));
    if (shown.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    pagination = shown.get();
    list = articles.visibleWithTag(tag, pagination.offset(), PAGE_SIZE);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  /** The {@code page} parameter as typed: read leniently, since anyone can type anything. */
  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public Tag getTag() {
    return tag;
  }

  /** The page's title: the tag's name, with the page number after the first page. */
  public String getTitle() {
    return pagination.page() == 1
        ? tag.getName()
        : Messages.get(
            facesContext, "site.pageTitle", tag.getName(), String.valueOf(pagination.page()));
  }

  public String getDescription() {
    return Messages.get(facesContext, "tag.description", tag.getName());
  }

  /** This page's own address: the first page has no {@code ?page}. */
  public String getAddress() {
    return pagination.href(links.tag(tag), pagination.page());
  }

  public Pagination getPagination() {
    return pagination;
  }

  public List<Article> getArticles() {
    return list;
  }
}
