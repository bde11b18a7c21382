package app.tribune.author.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.author.Author;
import app.tribune.author.AuthorService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.ArticleListingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /author/{slug}?page=N}: who an author is and the published and archived articles they
 * signed, newest first.
 */
@Named
@RequestScoped
public class AuthorView extends ArticleListingView<Author> {

  @Inject private AuthorService authors;
  @Inject private ArticleService articles;

  @Override
  protected Optional<Author> find(String slug) {
    return authors.find(slug);
  }

  @Override
  protected long count(Author author, Language language) {
    return articles.countVisibleByAuthor(author, language);
  }

  @Override
  protected List<Article> list(Author author, Language language, int offset, int limit) {
    return articles.visibleByAuthor(author, language, offset, limit);
  }

  @Override
  protected String name(Author author) {
    return author.getName();
  }

  @Override
  protected String address(Author author) {
    return links.author(author);
  }

  public Author getAuthor() {
    return subject();
  }

  /**
   * The author's website, when it is a web address: the page links to it, so nothing else (a {@code
   * javascript:} address typed by mistake or malice) may get through.
   */
  public String getWebsite() {
    String website = subject().getWebsite();
    return website != null && website.strip().toLowerCase(Locale.ROOT).matches("https?://\\S+")
        ? website.strip()
        : null;
  }

  /** The author's presentation, or a sentence saying whose publications these are. */
  public String getDescription() {
    String bio = subject().getBio();
    return bio == null || bio.isBlank()
        ? Messages.get(facesContext, "author.description", subject().getName())
        : bio;
  }
}
