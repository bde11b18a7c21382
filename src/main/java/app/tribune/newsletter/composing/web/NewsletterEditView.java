package app.tribune.newsletter.composing.web;

import app.tribune.article.Choice;
import app.tribune.article.web.AdminDates;
import app.tribune.newsletter.NewsletterItemKind;
import app.tribune.newsletter.composing.DraftItem;
import app.tribune.newsletter.composing.IssueDraft;
import app.tribune.newsletter.composing.NewsletterComposer;
import app.tribune.newsletter.sending.IssueRenderer.Rendered;
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
import java.util.List;

/**
 * {@code /admin/newsletters/edit.xhtml?id=…}: a draft issue's texts and items, its preview in each
 * language at desktop and phone widths, test copies, and the planned send of a ready issue or its
 * way back to draft. The preview and the tests show the issue as last saved.
 */
@Named
@ViewScoped
public class NewsletterEditView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient NewsletterComposer composer;
  @Inject private transient AdminDates dates;

  private Long id;
  private IssueDraft draft;
  private Choice article;
  private Choice event;
  private Language previewLanguage = Language.FR;
  private boolean phone;
  private String testAddresses;
  private LocalDateTime sendAt;
  private boolean conflict;

  /** The last preview rendered, for the language and version it was rendered for. */
  private transient Rendered preview;

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      draft = id == null ? null : composer.load(id);
    } catch (RuleViolationException notFound) {
      draft = null;
    }
    if (draft == null) {
      context.getExternalContext().responseSendError(404, null);
      context.responseComplete();
      return;
    }
    afterLoad();
  }

  private void afterLoad() {
    sendAt = dates.toLocal(draft.getSendAt());
    conflict = false;
    preview = null;
  }

  // ----- items

  public void addArticle() {
    add(NewsletterItemKind.ARTICLE, article);
    article = null;
  }

  public void addEvent() {
    add(NewsletterItemKind.EVENT, event);
    event = null;
  }

  private void add(NewsletterItemKind kind, Choice choice) {
    if (choice == null || choice.id() == null) {
      return;
    }
    if (!draft.add(DraftItem.toAdd(kind, choice.id(), choice.label()))) {
      Feedback.error("composer.alreadyIn", choice.label());
    }
  }

  public void moveUp(int index) {
    draft.moveUp(index);
  }

  public void moveDown(int index) {
    draft.moveDown(index);
  }

  public void remove(int index) {
    draft.remove(index);
  }

  public List<Choice> completeArticle(String query) {
    return composer.articles(query);
  }

  public List<Choice> completeEvent(String query) {
    return composer.events(query);
  }

  // ----- saving

  public void save() {
    if (act(() -> composer.save(draft), "composer.saved")) {
      readAgain();
    }
  }

  /** Drops the editor's changes for the version saved meanwhile. */
  public void reload() {
    readAgain();
    Feedback.info("composer.reloaded");
  }

  private void readAgain() {
    draft = composer.load(draft.getId());
    afterLoad();
  }

  // ----- tests and schedule

  public void sendTest() {
    act(
        () -> {
          List<String> sent = composer.sendTest(draft.getId(), testAddresses);
          Feedback.info("composer.testSent", String.join(", ", sent));
        },
        null);
  }

  public void schedule() {
    if (act(
        () -> composer.schedule(draft.getId(), dates.toInstant(sendAt)), "composer.scheduled")) {
      reload();
    }
  }

  public void unschedule() {
    if (act(() -> composer.unschedule(draft.getId()), "composer.unscheduled")) {
      reload();
    }
  }

  /** Makes a ready issue a draft again, to be changed; a planned send is cancelled with it. */
  public void backToDraft() {
    if (act(() -> composer.backToDraft(draft.getId()), "newsletters.wentBackToDraft")) {
      readAgain();
    }
  }

  /** Runs a service call, saying what happened or, in words, why it did not. */
  private boolean act(Runnable call, String doneKey) {
    try {
      call.run();
      if (doneKey != null) {
        Feedback.info(doneKey, draft.getNumber());
      }
      return true;
    } catch (RuleViolationException refused) {
      conflict = "composer.conflict".equals(refused.messageKey());
      Feedback.refused(refused);
    } catch (AccessDenied denied) {
      Feedback.error("composer.denied");
    } catch (ConstraintViolationException invalid) {
      Feedback.error("composer.invalid");
    } catch (RuntimeException failed) {
      if (!ConcurrentSave.explains(failed)) {
        throw failed;
      }
      conflict = true;
      Feedback.error("composer.conflict");
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  // ----- preview

  /** The frame's address; the version makes the browser fetch it again after each save. */
  public String getPreviewUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/admin/newsletters/preview?id="
        + draft.getId()
        + "&lang="
        + previewLanguage.code()
        + "&v="
        + draft.getVersion();
  }

  public String getPreviewText() {
    return preview().text();
  }

  public String getPreviewSubject() {
    return preview().subject();
  }

  private Rendered preview() {
    if (preview == null) {
      preview = composer.preview(draft.getId(), previewLanguage);
    }
    return preview;
  }

  // ----- accessors

  public Language[] getLanguages() {
    return Language.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public IssueDraft getDraft() {
    return draft;
  }

  public boolean isConflict() {
    return conflict;
  }

  public Choice getArticle() {
    return article;
  }

  public void setArticle(Choice article) {
    this.article = article;
  }

  public Choice getEvent() {
    return event;
  }

  public void setEvent(Choice event) {
    this.event = event;
  }

  public Language getPreviewLanguage() {
    return previewLanguage;
  }

  public void setPreviewLanguage(Language previewLanguage) {
    if (previewLanguage != null && previewLanguage != this.previewLanguage) {
      preview = null;
      this.previewLanguage = previewLanguage;
    }
  }

  public boolean isPhone() {
    return phone;
  }

  public void setPhone(boolean phone) {
    this.phone = phone;
  }

  public String getTestAddresses() {
    return testAddresses;
  }

  public void setTestAddresses(String testAddresses) {
    this.testAddresses = testAddresses;
  }

  public LocalDateTime getSendAt() {
    return sendAt;
  }

  public void setSendAt(LocalDateTime sendAt) {
    this.sendAt = sendAt;
  }
}
