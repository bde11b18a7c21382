package app.tribune.tag.web;

import app.tribune.article.Article;
import app.tribune.article.ArticleService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.site.web.ArticleListingView;
import app.tribune.tag.Tag;
import app.tribune.tag.TagService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /tag/{slug}?page=N}: the published and archived articles with a tag, newest first. The
 * address of a tag merged into another answers 301 to that tag's page.
 */
@Named
@RequestScoped
public class TagView extends ArticleListingView<Tag> {

  @Inject private TagService tags;
  @Inject private ArticleService articles;

  @Override
  public void load() throws IOException {
    Optional<Tag> absorbing =
        getSlug() == null || tags.find(getSlug()).isPresent()
            ? Optional.empty()
            : tags.mergedInto(getSlug());
    if (absorbing.isEmpty()) {
      super.load();
      return;
    }
    ExternalContext external = facesContext.getExternalContext();
    external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    external.setResponseHeader("Location", links.absolute(links.tag(absorbing.get())));
    facesContext.responseComplete();
  }

  @Override
  protected Optional<Tag> find(String slug) {
    return tags.find(slug);
  }

  @Override
  protected long count(Tag tag, Language language) {
    return articles.countVisibleWithTag(tag, language);
  }

  @Override
  protected List<Article> list(Tag tag, Language language, int offset, int limit) {
    return articles.visibleWithTag(tag, language, offset, limit);
  }

  @Override
  protected String name(Tag tag) {
    return tag.getName();
  }

  @Override
  protected String address(Tag tag) {
    return links.tag(tag);
  }

  public Tag getTag() {
    return subject();
  }

  public String getDescription() {
    return Messages.get(facesContext, "tag.description", subject().getName());
  }
}
