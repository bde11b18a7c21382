package app.tribune.article.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.article.ArticleStatus;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.Links;
import app.tribune.site.web.NotFound;
import app.tribune.site.web.SiteView;
import app.tribune.site.web.StructuredData;
import app.tribune.tag.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code /articles/{slug}}: one published or archived article; anything else is a 404. */
@Named
@RequestScoped
public class ArticleView {

  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;
  @Inject private Links links;

  private String slug;
  private Article article;
  private List<Article> translations;
  private List<Article> readAlso;
  private List<Partner> funders;
  private List<Tag> tags;
  private List<ShareLink> shareLinks;

  public void load() throws IOException {
    Article found = slug == null ? null : articles.findVisible(slug).orElse(null);
    if (found == null) {
      NotFound.respond(facesContext);
      return;
    }
    show(found);
  }

  /** Shows an article whatever its status: a preview of a draft is the page readers will get. */
  void show(Article shown) {
    article = shown;
    site.useLanguage(article.getLanguage());
    translations = articles.visibleTranslations(article);
    readAlso = articles.readAlso(article);
    funders = article.thankedFunders(site.getSettings().getDefaultPartners());
    Collator collator = Collator.getInstance(article.getLanguage().locale());
    tags = article.getTags().stream().sorted(Comparator.comparing(Tag::getName, collator)).toList();
    shareLinks =
        ShareLink.of(
            getCanonicalUrl(),
            article.getTitle(),
            Messages.get(article.getLanguage().locale(), "article.share.email"));
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

  public boolean isArchived() {
    return article.getStatus() == ArticleStatus.ARCHIVED;
  }

  /** When it was published, for OpenGraph's article:published_time. */
  public String getPublishedTime() {
    return StructuredData.isoInstant(article.getPublishedAt());
  }

  public String getCanonicalUrl() {
    return links.absolute(links.article(article));
  }

  /** What the article says of itself to search engines and networks: its own text, or its lead. */
  public String getDescription() {
    String description = article.getMetaDescription();
    return description == null || description.isBlank() ? article.getLead() : description;
  }

  /** Its other languages, each link labelled in the language it leads to. */
  public List<Article> getTranslations() {
    return translations;
  }

  /**
   * The version for readers whose language has none (hreflang x-default): the French one, the
   * site's own language, when it exists.
   */
  public Article getDefaultVersion() {
    return Optional.of(article)
        .filter(a -> a.getLanguage() == Language.FR)
        .or(() -> translations.stream().filter(t -> t.getLanguage() == Language.FR).findFirst())
        .orElse(article);
  }

  /** "Français", "Nederlands", "English": a language named in itself. */
  public String languageName(Language language) {
    String name = language.locale().getDisplayLanguage(language.locale());
    return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
  }

  public List<Article> getReadAlso() {
    return readAlso;
  }

  public List<Partner> getFunders() {
    return funders;
  }

  /** The tags in alphabetical order. */
  public List<Tag> getTags() {
    return tags;
  }

  public List<ShareLink> getShareLinks() {
    return shareLinks;
  }
}
