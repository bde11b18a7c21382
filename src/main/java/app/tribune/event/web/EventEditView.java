package app.tribune.event.web;

import app.tribune.event.Event;
import app.tribune.event.EventEditing;
import app.tribune.event.EventForm;
import app.tribune.media.MediaKind;
import app.tribune.media.MediaService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.Option;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/events/edit.xhtml?id=…}: every field of one event, or of a new one without an id.
 * Times are typed on the organisation's clock; the slug is proposed from the title.
 */
@Named
@ViewScoped
public class EventEditView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final int MAX_IMAGES = 200;

  /** Where each refusal is shown: beside its field, or in the growl. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "event.titleRequired", "event:title",
          "event.slugTaken", "event:slug",
          "event.startRequired", "event:start",
          "event.endsBeforeStart", "event:end",
          "event.onlineUrlInvalid", "event:onlineUrl",
          "media.notAnImage", "event:image",
          "media.imageNeedsAltText", "event:image");

  @Inject private EventEditing events;
  @Inject private MediaService media;

  private Long id;
  private EventForm form = new EventForm();
  private List<Option> sections = List.of();
  private List<Option> images = List.of();

  public void load() throws IOException {
    sections = events.sections();
    images =
        media.search(null, MediaKind.IMAGE, 0, MAX_IMAGES).stream()
            .map(m -> new Option(m.getId(), m.getOriginalName()))
            .toList();
    if (id == null) {
      return;
    }
    try {
      form = events.form(id);
    } catch (RuleViolationException notFound) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Proposes a slug from the title while the event has none of its own yet. */
  public void titleChanged() {
    if (form.getId() == null && (form.getSlug() == null || form.getSlug().isBlank())) {
      form.setSlug(events.proposeSlug(form.getTitle(), null));
    }
  }

  public String save() {
    boolean created = form.getId() == null;
    try {
      Event saved = events.save(form);
      if (created) {
        // The address now names the event, so a reload or a bookmark opens it again.
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Feedback.info("adminEvents.saved", saved.getTitle());
        return "/admin/events/edit?faces-redirect=true&id=" + saved.getId();
      }
      form = events.form(saved.getId());
      Feedback.info("adminEvents.saved", saved.getTitle());
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
    return null;
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

  public EventForm getForm() {
    return form;
  }

  public List<Option> getSections() {
    return sections;
  }

  public List<Option> getImages() {
    return images;
  }
}
