package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A public page, {@code /{kind}/{slug}?page=N}, listing the published and archived articles of one
 * subject (a tag, an author), newest first, twenty to a page. An unknown subject or a page past the
 * last is a 404.
 *
 * @param <T> what the articles are listed by
 */
public abstract class ArticleListingView<T> {

  static final int PAGE_SIZE = 20;

  @Inject protected FacesContext facesContext;
  @Inject protected Links links;
  @Inject private SiteView site;

  private String slug;
  private String page;
  private T subject;
  private Pagination pagination;
  private List<Article> list;

  /** The subject named {@code slug}, if there is one. */
  protected abstract Optional<T> find(String slug);

  /** How many articles a reader in {@code language} finds, one version of each text. */
  protected abstract long count(T subject, Language language);

  protected abstract List<Article> list(T subject, Language language, int offset, int limit);

  /** The subject's name, which titles the page. */
  protected abstract String name(T subject);

  /** The address of the subject's first page. */
  protected abstract String address(T subject);

  public void load() throws IOException {
    subject = slug == null ? null : find(slug).orElse(null);
    Optional<Pagination> shown =
        subject == null
            ? Optional.empty()
            : Pagination.of(page, PAGE_SIZE, count(subject, site.getLanguage()));
    if (shown.isEmpty()) {
      NotFound.respond(facesContext);
      return;
    }
    pagination = shown.get();
    list = list(subject, site.getLanguage(), pagination.offset(), PAGE_SIZE);
  }

  protected T subject() {
    return subject;
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

  /** The page's title: the subject's name, with the page number after the first page. */
  public String getTitle() {
    String name = name(subject);
    return pagination.page() == 1
        ? name
        : Messages.get(facesContext, "site.pageTitle", name, String.valueOf(pagination.page()));
  }

  /** This page's own address: the first page has no {@code ?page}. */
  public String getAddress() {
    return pagination.href(address(subject), pagination.page());
  }

  public Pagination getPagination() {
    return pagination;
  }

  public List<Article> getArticles() {
    return list;
  }
}
