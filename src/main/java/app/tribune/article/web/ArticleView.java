package app.tribune.article.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.article.ArticleStatus;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.LanguageVersions;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code /articles/{slug}}: one published or archived article; anything else is a 404. */
@Named
@RequestScoped
public class ArticleView {

  @Inject private ArticleService articles;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;
  @Inject private Links links;
  @Inject private LanguageVersions languageVersions;

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
    Map<Language, String> versions = new EnumMap<>(Language.class);
    versions.put(article.getLanguage(), links.article(article));
    translations.forEach(t -> versions.put(t.getLanguage(), links.article(t)));
    languageVersions.offer(versions);
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
