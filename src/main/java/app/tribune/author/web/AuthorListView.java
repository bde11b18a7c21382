package app.tribune.author.web;

import app.tribune.author.Author;
import app.tribune.author.AuthorEditing;
import app.tribune.author.AuthorForm;
import app.tribune.author.AuthorKind;
import app.tribune.author.AuthorRow;
import app.tribune.media.MediaKind;
import app.tribune.media.MediaService;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.Option;
import app.tribune.platform.web.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/authors/}: the authors a page at a time with how many articles each signs, the form
 * to add one or change one, and deletion of those who sign nothing. Editors and administrators; the
 * service checks it too.
 */
@Named
@ViewScoped
public class AuthorListView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final int MAX_PHOTOS = 200;

  /** Where each refusal is shown: beside its field, or in the growl. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "author.nameRequired", "author:name",
          "author.slugRequired", "author:slug",
          "author.slugTaken", "author:slug",
          "author.websiteInvalid", "author:website",
          "media.logoNotImage", "author:photo");

  @Inject private AuthorEditing authors;
  @Inject private MediaService media;

  private String text;
  private AuthorForm form = new AuthorForm();
  private List<Option> photos = List.of();
  private final PagedRows<AuthorRow> rows =
      new PagedRows<>(
          () -> authors.count(text),
          (first, size, field, ascending) -> authors.page(text, first, size, field, ascending),
          row -> Long.toString(row.id()));

  public void load() {
    photos =
        media.search(null, MediaKind.IMAGE, 0, MAX_PHOTOS).stream()
            .map(m -> new Option(m.getId(), m.getOriginalName()))
            .toList();
  }

  public void edit(AuthorRow row) {
    try {
      form = authors.form(row.id());
    } catch (RuleViolationException gone) {
      Feedback.refused(gone);
    }
  }

  public void startNew() {
    form = new AuthorForm();
  }

  public void save() {
    try {
      Author saved = authors.save(form);
      Feedback.info("adminAuthors.saved", saved.getName());
      form = new AuthorForm();
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
  }

  public void delete(AuthorRow row) {
    try {
      authors.delete(row.id());
      Feedback.info("adminAuthors.deleted", row.name());
      if (row.id() == (form.getId() == null ? -1 : form.getId())) {
        form = new AuthorForm();
      }
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    }
  }

  public AuthorKind[] getKinds() {
    return AuthorKind.values();
  }

  public LazyDataModel<AuthorRow> getRows() {
    return rows;
  }

  public List<Option> getPhotos() {
    return photos;
  }

  public AuthorForm getForm() {
    return form;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
