package app.tribune.article.web;

import app.tribune.article.ArticleEditing;
import app.tribune.article.ArticleFilter;
import app.tribune.article.ArticleRow;
import app.tribune.article.ArticleStatus;
import app.tribune.article.ArticleType;
import app.tribune.article.Choice;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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
  private final Rows rows = new Rows();

  /** The table's model: one page of rows per request, counted with the same filter. */
  private final class Rows extends LazyDataModel<ArticleRow> {

    @Serial private static final long serialVersionUID = 1L;

    private final Map<String, ArticleRow> shown = new HashMap<>();

    @Override
    public int count(Map<String, FilterMeta> ignored) {
      return (int) Math.min(Integer.MAX_VALUE, articles.count(filter()));
    }

    @Override
    public List<ArticleRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
      SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
      List<ArticleRow> page =
          articles.page(
              filter(),
              first,
              pageSize,
              sort == null ? null : sort.getField(),
              sort != null && sort.getOrder() == SortOrder.ASCENDING);
      shown.clear();
      page.forEach(row -> shown.put(getRowKey(row), row));
      return page;
    }

    @Override
    public String getRowKey(ArticleRow row) {
      return Long.toString(row.id());
    }

    @Override
    public ArticleRow getRowData(String rowKey) {
      return shown.get(rowKey);
    }
  }

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
