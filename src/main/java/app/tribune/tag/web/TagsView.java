package app.tribune.tag.web;

import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.PagedRows;
import app.tribune.tag.Tag;
import app.tribune.tag.TagManagement;
import app.tribune.tag.TagUsage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /admin/tags/} ({@code ?id=ID} to work on one): the tags a page at a time with how many
 * articles carry each, searchable by name; the chosen tag can be renamed, merged into another or,
 * when unused, deleted. Editors and administrators; the service checks it too.
 */
@Named
@ViewScoped
public class TagsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private static final int SUGGESTIONS = 10;

  /** Where each refusal is shown: beside its field, or in the growl. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "tag.nameRequired", "tag:name",
          "tag.nameTooLong", "tag:name",
          "tag.nameTaken", "tag:name",
          "tag.mergeTargetUnknown", "tag:target",
          "tag.mergeIntoItself", "tag:target");

  @Inject private TagManagement tags;

  private String text;
  private Long chosenId;
  private TagUsage chosen;
  private String name;
  private String target;
  private final PagedRows<TagUsage> rows =
      new PagedRows<>(
          () -> tags.count(text),
          (first, size, field, ascending) -> tags.page(text, first, size, field, ascending),
          row -> Long.toString(row.id()));

  public void load() {
    if (chosenId != null && chosen == null) {
      choose(chosenId);
    }
  }

  private void choose(long id) {
    chosen = tags.usage(id).orElse(null);
    name = chosen == null ? null : chosen.name();
    target = null;
  }

  public void rename() {
    try {
      Tag renamed = tags.rename(chosen.id(), chosen.version(), name);
      Feedback.info("tags.renamed", chosen.name(), renamed.getName());
      choose(renamed.getId());
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
  }

  public void merge() {
    try {
      Tag kept = tags.merge(chosen.id(), target);
      Feedback.info("tags.merged", chosen.name(), kept.getName());
      choose(kept.getId());
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
  }

  public void delete(TagUsage row) {
    try {
      tags.delete(row.id());
      Feedback.info("tags.deleted", row.name());
      if (chosen != null && chosen.id() == row.id()) {
        chosen = null;
      }
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
  }

  public List<String> completeTarget(String typed) {
    return tags.names(typed, SUGGESTIONS);
  }

  public LazyDataModel<TagUsage> getRows() {
    return rows;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getChosenId() {
    return chosenId;
  }

  public void setChosenId(Long chosenId) {
    this.chosenId = chosenId;
  }

  /** The tag being worked on, or {@code null} before one is chosen. */
  public TagUsage getChosen() {
    return chosen;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
