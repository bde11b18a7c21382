package app.tribune.section.web;

import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.Option;
import app.tribune.section.Section;
import app.tribune.section.SectionForm;
import app.tribune.section.SectionLine;
import app.tribune.section.SectionManagement;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * {@code /admin/sections/} ({@code ?id=ID} to edit one): the sections tree with buttons to move a
 * section up or down among its siblings, and the form to create a section or change its names,
 * description, campaign fields (hero image included), parent and active flag. Editors and
 * administrators; the service checks it too. There are tens of sections, so the tree holds them
 * all.
 */
@Named
@ViewScoped
public class SectionsView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Where each refusal is shown: beside its field, or in the growl. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "section.nameRequired", "section:name",
          "section.slugRequired", "section:slug",
          "section.slugTaken", "section:slug",
          "section.urlInvalid", "section:callToActionUrl",
          "media.notAnImage", "section:heroImage",
          "media.imageNeedsAltText", "section:heroImage",
          "section.cycle", "section:parent");

  @Inject private SectionManagement sections;

  private Long editedId;
  private TreeNode<SectionLine> tree;
  private List<SectionLine> lines = List.of();
  private SectionForm form = new SectionForm();

  public void load() {
    lines = sections.outline();
    TreeNode<SectionLine> root = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<SectionLine>> nodes = new HashMap<>();
    for (SectionLine line : lines) {
      TreeNode<SectionLine> node =
          new DefaultTreeNode<>(line, line.parentId() == null ? root : nodes.get(line.parentId()));
      node.setExpanded(true);
      nodes.put(line.id(), node);
    }
    tree = root;
  }

  /** Reads {@code ?id=} once, when the page is opened. */
  public void open() {
    if (editedId != null && form.getId() == null) {
      try {
        form = sections.form(editedId);
      } catch (RuleViolationException refused) {
        Feedback.refused(refused);
      }
    }
    load();
  }

  public void startNew() {
    form = new SectionForm();
  }

  /** Offers a slug made from the French name while creating, unless one was typed. */
  public void proposeSlug() {
    if (form.getId() == null && (form.getSlug() == null || form.getSlug().isBlank())) {
      form.setSlug(sections.proposedSlug(form.getName()));
    }
  }

  public void save() {
    try {
      Section saved = sections.save(form);
      Feedback.info("sections.saved", saved.getName());
      form = SectionForm.of(saved);
      load();
    } catch (RuleViolationException refused) {
      Feedback.refused(refused, FIELDS);
    }
  }

  public void up(SectionLine line) {
    reorder(line, -1);
  }

  public void down(SectionLine line) {
    reorder(line, 1);
  }

  private void reorder(SectionLine line, int steps) {
    try {
      sections.reorder(line.id(), steps);
      Feedback.info("sections.reordered", line.name());
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    }
    load();
  }

  public void delete(SectionLine line) {
    try {
      sections.delete(line.id());
      Feedback.info("sections.deleted", line.name());
      if (Objects.equals(form.getId(), line.id())) {
        form = new SectionForm();
      }
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
    }
    load();
  }

  /** Every section but the one edited, indented by depth, for the parent drop-down. */
  public List<Option> getParents() {
    return lines.stream()
        .filter(line -> form.getId() == null || line.id() != form.getId())
        .map(line -> new Option(line.id(), "\u2003".repeat(line.depth()) + line.name()))
        .toList();
  }

  public TreeNode<SectionLine> getTree() {
    return tree;
  }

  public SectionForm getForm() {
    return form;
  }

  public Long getEditedId() {
    return editedId;
  }

  public void setEditedId(Long editedId) {
    this.editedId = editedId;
  }
}
