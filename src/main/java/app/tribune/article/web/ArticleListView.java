package app.tribune.article.web;

import app.tribune.article.ArticleEditing;
import app.tribune.article.ArticleFilter;
import app.tribune.article.ArticleRow;
import app.tribune.article.ArticleStatus;
import app.tribune.article.ArticleType;
import app.tribune.article.Choice;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/articles/}: every article but the trash (unless asked for), a page at a time, read
 * from the database as the table pages, sorts and filters.
 */
@Named
@ViewScoped
public class ArticleListView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ArticleEditing articles;

  private ArticleStatus status;
  private ArticleType type;
  private Choice section;
  private Language language;
  private Choice author;
  private String text;
  private List<ArticleRow> selection = new ArrayList<>();
  private final PagedRows<ArticleRow> rows =
      new PagedRows<>(
          () -> articles.count(filter()),
          (first, size, field, ascending) -> articles.page(filter(), first, size, field, ascending),
          row -> Long.toString(row.id()));

  private ArticleFilter filter() {
    return new ArticleFilter(
        status,
        type,
        section == null ? null : section.id(),
        language,
        author == null ? null : author.id(),
        text);
  }

  public void publishSelected() {
    bulk(articles.publishAll(selectedIds()), "adminArticles.bulkPublished");
  }

  public void archiveSelected() {
    bulk(articles.archiveAll(selectedIds()), "adminArticles.bulkArchived");
  }

  public void trashSelected() {
    bulk(articles.trashAll(selectedIds()), "adminArticles.bulkTrashed");
  }

  private void bulk(ArticleEditing.BulkOutcome outcome, String key) {
    Feedback.info(key, outcome.done());
    if (outcome.refused() > 0) {
      Feedback.error("adminArticles.bulkRefused", outcome.refused());
    }
    selection = new ArrayList<>();
  }

  private List<Long> selectedIds() {
    return selection.stream().map(ArticleRow::id).toList();
  }

  public List<Choice> completeSection(String query) {
    return articles.sections(query);
  }

  public List<Choice> completeAuthor(String query) {
    return articles.authors(query);
  }

  public boolean isEditor() {
    return articles.rights().mayPublish();
  }

  public ArticleStatus[] getStatuses() {
    return ArticleStatus.values();
  }

  public ArticleType[] getTypes() {
    return ArticleType.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public LazyDataModel<ArticleRow> getRows() {
    return rows;
  }

  public List<ArticleRow> getSelection() {
    return selection;
  }

  public void setSelection(List<ArticleRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public void setStatus(ArticleStatus status) {
    this.status = status;
  }

  public ArticleType getType() {
    return type;
  }

  public void setType(ArticleType type) {
    this.type = type;
  }

  public Choice getSection() {
    return section;
  }

  public void setSection(Choice section) {
    this.section = section;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Choice getAuthor() {
    return author;
  }

  public void setAuthor(Choice author) {
    this.author = author;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
