package app.tribune.article.web;

import app.tribune.article.ArticleEditing;
import app.tribune.article.ArticleForm;
import app.tribune.article.ArticleRights;
import app.tribune.article.ArticleStatus;
import app.tribune.article.ArticleType;
import app.tribune.article.Choice;
import app.tribune.article.LineDiff;
import app.tribune.article.RevisionComparison;
import app.tribune.article.RevisionSummary;
import app.tribune.article.StaleArticle;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.AccessDenied;
import app.tribune.platform.web.ConcurrentSave;
import app.tribune.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /admin/articles/edit.xhtml?id=…}: one article's every field, its workflow buttons, its
 * revisions and its preview; a new article without an id. A save over someone else's newer save is
 * refused and offers to compare and reload.
 */
@Named
@ViewScoped
public class ArticleEditView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private ArticleEditing articles;
  @Inject private AdminDates dates;
  @Inject private PreviewLinks previews;

  private Long id;
  private ArticleForm form;
  private ArticleRights rights;
  private String note;
  private String rejection;
  private LocalDateTime publishAt;
  private LocalDateTime unpublishAt;
  private Choice image;
  private String previewUrl;

  /** The version saved by someone else while this form was open, once a save was refused. */
  private ArticleForm saved;

  private List<RevisionSummary> revisions = List.of();
  private RevisionComparison comparison;

  public void load() throws IOException {
    rights = articles.rights();
    if (id == null) {
      form = new ArticleForm();
      return;
    }
    try {
      form = articles.load(id);
    } catch (RuleViolationException notFound) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    afterChange();
  }

  private void afterChange() {
    publishAt = dates.toLocal(form.getPublishAt());
    unpublishAt = dates.toLocal(form.getUnpublishAt());
    revisions = form.isNew() ? List.of() : articles.revisions(form.getId());
    note = null;
  }

  // ----- actions

  public String save() {
    boolean created = form.isNew();
    if (run(() -> articles.save(form, note), "adminArticles.saved") && created) {
      // The address now names the article, so a reload or a bookmark opens it again.
      return "/admin/articles/edit?faces-redirect=true&id=" + form.getId();
    }
    return null;
  }

  public void submit() {
    run(() -> articles.submit(savedFirst().getId(), form.getVersion()), "adminArticles.submitted");
  }

  public void reject() {
    run(
        () -> articles.reject(form.getId(), form.getVersion(), rejection),
        "adminArticles.rejected");
  }

  public void publish() {
    run(() -> articles.publish(savedFirst().getId(), form.getVersion()), "adminArticles.published");
  }

  public void schedule() {
    run(
        () ->
            articles.schedule(
                savedFirst().getId(),
                form.getVersion(),
                dates.toInstant(publishAt),
                dates.toInstant(unpublishAt)),
        "adminArticles.scheduled");
  }

  public void planUnpublication() {
    run(
        () -> articles.unpublishAt(form.getId(), form.getVersion(), dates.toInstant(unpublishAt)),
        "adminArticles.unpublicationPlanned");
  }

  public void unpublish() {
    run(() -> articles.unpublish(form.getId(), form.getVersion()), "adminArticles.unpublished");
  }

  public void archive() {
    run(() -> articles.archive(form.getId(), form.getVersion()), "adminArticles.archived");
  }

  public void restore() {
    run(() -> articles.restore(form.getId(), form.getVersion()), "adminArticles.restored");
  }

  public void trash() {
    run(() -> articles.trash(form.getId(), form.getVersion()), "adminArticles.trashed");
  }

  public void restoreFromTrash() {
    run(
        () -> articles.restoreFromTrash(form.getId(), form.getVersion()),
        "adminArticles.untrashed");
  }

  /**
   * Saves the editor's changes before a workflow step, when they may edit: publishing what is on
   * the screen, not what was last saved.
   */
  private ArticleForm savedFirst() {
    if (rights.mayEdit(form.getStatus(), form.getCreatedBy())) {
      form = articles.save(form, note);
    }
    return form;
  }

  /** Runs a service call, keeping its result, or explaining why it did not happen. */
  private boolean run(Supplier<ArticleForm> call, String doneKey) {
    try {
      form = call.get();
      saved = null;
      afterChange();
      Feedback.info(doneKey);
      return true;
    } catch (StaleArticle concurrent) {
      conflict();
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    } catch (AccessDenied denied) {
      Feedback.error("adminArticles.denied");
    } catch (ConstraintViolationException invalid) {
      Feedback.error("adminArticles.invalid");
    } catch (RuntimeException failed) {
      if (!ConcurrentSave.explains(failed, StaleArticle.class)) {
        throw failed;
      }
      conflict();
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  private void conflict() {
    saved = articles.load(form.getId());
    Feedback.error(
        "adminArticles.conflict", saved.getUpdatedBy(), dates.dateTime(saved.getUpdatedAt()));
  }

  /** Drops the editor's changes for the version saved meanwhile. */
  public void reload() {
    form = articles.load(form.getId());
    saved = null;
    afterChange();
    Feedback.info("adminArticles.reloaded");
  }

  /** The editor's texts (left) beside those saved meanwhile (right), field by field. */
  public List<RevisionComparison.Field> getConflictFields() {
    if (saved == null) {
      return List.of();
    }
    List<RevisionComparison.Field> fields = new ArrayList<>();
    addField(fields, "title", form.getTitle(), saved.getTitle());
    addField(fields, "surtitle", form.getSurtitle(), saved.getSurtitle());
    addField(fields, "subtitle", form.getSubtitle(), saved.getSubtitle());
    addField(fields, "lead", form.getLead(), saved.getLead());
    addField(fields, "body", form.getBody(), saved.getBody());
    addField(fields, "ps", form.getPs(), saved.getPs());
    return fields;
  }

  private static void addField(
      List<RevisionComparison.Field> fields, String name, String mine, String theirs) {
    List<LineDiff.Line> lines = LineDiff.compare(LineDiff.lines(mine), LineDiff.lines(theirs));
    RevisionComparison.Field field = new RevisionComparison.Field(name, lines);
    if (field.isChanged()) {
      fields.add(field);
    }
  }

  // ----- slug and pickers

  /** Proposes a slug from the title while the article has none of its own yet. */
  public void titleChanged() {
    if ((form.getSlug() == null || form.getSlug().isBlank())
        && form.getTitle() != null
        && !form.getTitle().isBlank()) {
      try {
        form.setSlug(articles.proposeSlug(form.getTitle(), form.getId()));
      } catch (RuleViolationException noLetters) {
        // A title of punctuation only: the editor types a slug themselves.
      }
    }
  }

  public void slugChanged() {
    if (form.getSlug() != null
        && !form.getSlug().isBlank()
        && articles.slugTakenByAnother(form.getSlug(), form.getId())) {
      Feedback.fieldError("edit:slug", "article.slugTaken", form.getSlug());
    }
  }

  public void insertImage() {
    if (image == null || image.id() == null) {
      return;
    }
    try {
      String html = articles.imageHtml(image.id());
      form.setBody((form.getBody() == null ? "" : form.getBody()) + html);
      image = null;
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    }
  }

  public List<Choice> completeSection(String query) {
    return articles.sections(query);
  }

  /** Existing tags, and the text typed as a new tag when no tag has exactly that name. */
  public List<Choice> completeTag(String query) {
    List<Choice> found = new ArrayList<>(articles.tags(query));
    if (query != null
        && !query.isBlank()
        && found.stream().noneMatch(c -> c.label().equalsIgnoreCase(query.strip()))) {
      found.add(Choice.newTag(query));
    }
    return found;
  }

  public List<Choice> completeAuthor(String query) {
    return articles.authors(query);
  }

  public List<Choice> completePartner(String query) {
    return articles.partners(query);
  }

  public List<Choice> completeMedia(String query) {
    return articles.media(query, false);
  }

  public List<Choice> completeArticle(String query) {
    return articles.articles(query).stream()
        .filter(c -> form.getId() == null || !form.getId().equals(c.id()))
        .toList();
  }

  // ----- revisions

  public void compare(int number) {
    comparison = articles.compare(form.getId(), number);
  }

  public void restoreRevision(int number) {
    if (run(
        () -> articles.restoreRevision(form.getId(), form.getVersion(), number),
        "adminArticles.revisionRestored")) {
      comparison = null;
    }
  }

  // ----- what the screen shows

  public boolean isMayEdit() {
    return rights.mayEdit(form.getStatus(), form.getCreatedBy());
  }

  public boolean isMaySubmit() {
    return !form.isNew() && isMayEdit() && form.getStatus().canMoveTo(ArticleStatus.IN_REVIEW);
  }

  public boolean isEditor() {
    return rights.mayPublish();
  }

  public boolean can(String target) {
    return !form.isNew() && form.getStatus().canMoveTo(ArticleStatus.valueOf(target));
  }

  public boolean is(String status) {
    return form.getStatus() == ArticleStatus.valueOf(status);
  }

  /** Makes the shareable preview address: signed, valid for a week, no login needed. */
  public void sharePreview() {
    previewUrl = previews.url(form.getId());
  }

  public String getPreviewUrl() {
    return previewUrl;
  }

  public ArticleType[] getTypes() {
    return ArticleType.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ArticleForm getForm() {
    return form;
  }

  public ArticleForm getSaved() {
    return saved;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getRejection() {
    return rejection;
  }

  public void setRejection(String rejection) {
    this.rejection = rejection;
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getUnpublishAt() {
    return unpublishAt;
  }

  public void setUnpublishAt(LocalDateTime unpublishAt) {
    this.unpublishAt = unpublishAt;
  }

  public Choice getImage() {
    return image;
  }

  public void setImage(Choice image) {
    this.image = image;
  }

  public List<RevisionSummary> getRevisions() {
    return revisions;
  }

  public RevisionComparison getComparison() {
    return comparison;
  }
}
