package app.tribune.author.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.author.Author;
import app.tribune.author.AuthorService;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.Links;
import app.tribune.site.web.NotFound;
import app.tribune.site.web.Pagination;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /author/{slug}?page=N}: who an author is and the published and archived articles they
 * signed, newest first. An unknown author or a page past the last is a 404.
 */
@Named
@RequestScoped
public class AuthorView {

  static final int PAGE_SIZE = 20;

  @Inject private AuthorService authors;
  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private Links links;

  private String slug;
  private String page;
  private Author author;
  private Pagination pagination;
  private List<Article> list;

  public void load() throws IOException {
    author = slug == null ? null : authors.find(slug).orElse(null);
    if (author == null) {
      NotFound.respond(facesContext);
      return;
    }
    Optional<Pagination> shown =
        Pagination.of(page, PAGE_SIZE, articles.countVisibleByAuthor(author));
    if (shown.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    pagination = shown.get();
    list = articles.visibleByAuthor(author, pagination.offset(), PAGE_SIZE);
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

  public Author getAuthor() {
    return author;
  }

  /**
   * The author's website, when it is a web address: the page links to it, so nothing else (a {@code
   * javascript:} address typed by mistake or malice) may get through.
   */
  public String getWebsite() {
    String website = author.getWebsite();
    return website != null && website.strip().toLowerCase(Locale.ROOT).matches("https?://\\S+")
        ? website.strip()
        : null;
  }

  /** The page's title: the author's name, with the page number after the first page. */
  public String getTitle() {
    return pagination.page() == 1
        ? author.getName()
        : Messages.get(
            facesContext, "site.pageTitle", author.getName(), String.valueOf(pagination.page()));
  }

  /** The author's presentation, or a sentence saying whose publications these are. */
  public String getDescription() {
    String bio = author.getBio();
    return bio == null || bio.isBlank()
        ? Messages.get(facesContext, "author.description", author.getName())
        : bio;
  }

  /** This page's own address: the first page has no {@code ?page}. */
  public String getAddress() {
    return pagination.href(links.author(author), pagination.page());
  }

  public Pagination getPagination() {
    return pagination;
  }

  public List<Article> getArticles() {
    return list;
  }
}
