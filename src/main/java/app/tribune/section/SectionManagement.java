package app.tribune.section;

import app.tribune.article.ArticleChanged;
import app.tribune.article.Choice;
import app.tribune.audit.AuditLog;
import app.tribune.media.MediaAsset;
import app.tribune.media.MediaService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import app.tribune.platform.text.Slugs;
import app.tribune.platform.web.WebAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sections tree as editors shape it: create, rename, describe, reorder among siblings, move
 * under another parent, deactivate, and delete while still empty.
 *
 * <p>A section's slug is chosen when it is created and then stays, so its address never breaks. The
 * search index files each article under its section's slug and its ancestors' slugs, so a move
 * announces every article of the moved branch as changed, and every node indexes them again.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class SectionManagement {

  static final int MAX_NAME = 120;
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_CALL_TO_ACTION_LABEL = 80;

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private MediaService media;
  @Inject private Event<SectionChanged> changes;
  @Inject private Event<ArticleChanged> articleChanges;

  /** Every section, active or not, depth first in menu order, with its articles counted. */
  public List<SectionLine> outline() {
    Map<Long, List<Section>> byParent = new HashMap<>();
    for (Section section : em.createNamedQuery(Section.FIND_ALL, Section.class).getResultList()) {
      Long parentId = section.getParent() == null ? null : section.getParent().getId();
      byParent.computeIfAbsent(parentId, key -> new ArrayList<>()).add(section);
    }
    Map<Long, Long> articles = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Section.COUNT_ARTICLES_BY_SECTION, Object[].class).getResultList()) {
      articles.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    List<SectionLine> lines = new ArrayList<>();
    addLines(byParent, null, 0, articles, lines);
    return lines;
  }

  private static void addLines(
      Map<Long, List<Section>> byParent,
      Long parentId,
      int depth,
      Map<Long, Long> articles,
      List<SectionLine> lines) {
    for (Section section : byParent.getOrDefault(parentId, List.of())) {
      lines.add(
          new SectionLine(
              section.getId(),
              parentId,
              depth,
              section.getName(),
              section.getSlug(),
              section.isActive(),
              section.isCampaign(),
              articles.getOrDefault(section.getId(), 0L)));
      addLines(byParent, section.getId(), depth + 1, articles, lines);
    }
  }

  /** The form for an existing section. */
  public SectionForm form(long id) {
    return SectionForm.of(existing(id));
  }

  /** A free slug made from a name, for the form to offer; empty when the name has no letters. */
  public String proposedSlug(String name) {
    String base = Slugs.slugify(name);
    return base.isEmpty() ? "" : Slugs.unique(base, this::slugTaken);
  }

  /**
   * Creates or updates a section; a new section or one moved under another parent comes last among
   * its new siblings.
   *
   * @throws RuleViolationException {@code section.nameRequired}, {@code section.tooLong}, {@code
   *     section.slugRequired}, {@code section.slugTaken}, {@code section.urlInvalid}, {@code
   *     media.notAnImage}, {@code media.imageNeedsAltText}, {@code section.cycle}, {@code
   *     section.notFound} or {@code section.changedMeanwhile}
   */
  public Section save(SectionForm form) {
    String name = form.getName() == null ? "" : form.getName().strip();
    if (name.isEmpty()) {
      throw new RuleViolationException("section.nameRequired", "A section needs a French name");
    }
    for (String text : new String[] {name, form.getNameNl(), form.getNameEn()}) {
      checkLength(text, MAX_NAME);
    }
    checkLength(form.getDescription(), MAX_DESCRIPTION);
    checkLength(form.getCallToActionLabel(), MAX_CALL_TO_ACTION_LABEL);
    String url = WebAddresses.orNull(form.getCallToActionUrl());
    if (!WebAddresses.isAcceptable(url)) {
      throw new RuleViolationException("section.urlInvalid", "Not an http(s) address");
    }
    MediaAsset heroImage = media.describedImage(Choice.idOf(form.getHeroImage()));
    Section parent = form.getParentId() == null ? null : existing(form.getParentId());
    boolean created = form.getId() == null;
    Section section = created ? new Section(name, newSlug(form)) : existing(form);
    boolean moved = !created && !Objects.equals(section.getParent(), parent);
    if (created || moved) {
      // Read before the section joins its new parent: a query then would flush a new section.
      int sortOrder = nextSortOrder(parent, section);
      try {
        section.setParent(parent);
      } catch (IllegalArgumentException cycle) {
        throw new RuleViolationException(
            "section.cycle", "A section cannot go under itself", name, parent.getName());
      }
      section.setSortOrder(sortOrder);
    }
    section.setName(name);
    section.setLocalizedName(Language.NL, form.getNameNl());
    section.setLocalizedName(Language.EN, form.getNameEn());
    section.setDescription(blankToNull(form.getDescription()));
    section.setCampaign(form.isCampaign());
    section.setHeroImage(heroImage);
    section.setCallToActionLabel(blankToNull(form.getCallToActionLabel()));
    section.setCallToActionUrl(url);
    section.setActive(form.isActive());
    if (created) {
      em.persist(section);
    }
    // Checked here rather than at commit, so that a bad value comes back as a message.
    em.flush();
    audit.record(
        created ? "section.create" : moved ? "section.move" : "section.update",
        "Section",
        section.getId(),
        section.getName() + (parent == null ? "" : " ⊂ " + parent.getName()));
    changes.fire(new SectionChanged(section.getId()));
    if (moved) {
      reindexBranch(section.getId());
    }
    return section;
  }

  /**
   * Moves a section {@code steps} places later among its siblings (earlier when negative); at
   * either end it stays where it is.
   *
   * @throws RuleViolationException {@code section.notFound}
   */
  public void reorder(long id, int steps) {
    Section section = existing(id);
    List<Section> order = SiblingOrder.moved(childrenOf(section.getParent()), section, steps);
    for (int i = 0; i < order.size(); i++) {
      order.get(i).setSortOrder(i);
    }
    audit.record("section.reorder", "Section", id, section.getName());
    changes.fire(new SectionChanged(id));
  }

  /**
   * Deletes a section nothing refers to: no article, event or sub-section. One that is used is
   * deactivated instead, which keeps its articles and takes it out of menus.
   *
   * @throws RuleViolationException {@code section.inUse} or {@code section.notFound}
   */
  public void delete(long id) {
    Section section = existing(id);
    long events =
        em.createNamedQuery(Section.COUNT_EVENTS, Long.class)
            .setParameter("section", section)
            .getSingleResult();
    boolean hasArticles =
        !em.createNamedQuery(Section.FIND_ARTICLE_IDS_IN, Long.class)
            .setParameter("sections", List.of(id))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (hasArticles || events > 0 || !childrenOf(section).isEmpty()) {
      throw new RuleViolationException(
          "section.inUse", "Articles, events or sub-sections use it", section.getName());
    }
    section.setParent(null);
    em.remove(section);
    em.flush();
    audit.record("section.delete", "Section", id, section.getName());
    changes.fire(new SectionChanged(id));
  }

  /** Has every node index again the articles of the section and of its sub-sections. */
  private void reindexBranch(long sectionId) {
    Set<Long> branch =
        SectionTree.ofRows(
                em.createNamedQuery(Section.FIND_PARENTS, Object[].class).getResultList())
            .withDescendants(sectionId);
    em.createNamedQuery(Section.FIND_ARTICLE_IDS_IN, Long.class)
        .setParameter("sections", List.copyOf(branch))
        .getResultList()
        .forEach(articleId -> articleChanges.fire(ArticleChanged.saved(articleId)));
  }

  /** The sections directly under {@code parent} (the top level for {@code null}), in order. */
  private List<Section> childrenOf(Section parent) {
    return parent == null
        ? em.createNamedQuery(Section.FIND_ROOTS, Section.class).getResultList()
        : em.createNamedQuery(Section.FIND_CHILDREN, Section.class)
            .setParameter("parent", parent)
            .getResultList();
  }

  private int nextSortOrder(Section parent, Section section) {
    return childrenOf(parent).stream()
            .filter(sibling -> !sibling.equals(section))
            .mapToInt(Section::getSortOrder)
            .max()
            .orElse(-1)
        + 1;
  }

  private String newSlug(SectionForm form) {
    String typed =
        form.getSlug() == null || form.getSlug().isBlank() ? form.getName() : form.getSlug();
    String slug = Slugs.slugify(typed);
    if (slug.isEmpty()) {
      throw new RuleViolationException("section.slugRequired", "No letter or digit for a slug");
    }
    if (slugTaken(slug)) {
      throw new RuleViolationException("section.slugTaken", "Slug already used", slug);
    }
    return slug;
  }

  private boolean slugTaken(String slug) {
    return em.createNamedQuery(Section.COUNT_BY_SLUG, Long.class)
            .setParameter("slug", slug)
            .getSingleResult()
        > 0;
  }

  private Section existing(SectionForm form) {
    Section section = existing(form.getId());
    if (section.getVersion() != form.getVersion()) {
      throw new RuleViolationException(
          "section.changedMeanwhile", "The section was saved by someone else meanwhile");
    }
    return section;
  }

  private Section existing(long id) {
    Section section = em.find(Section.class, id);
    if (section == null) {
      throw new RuleViolationException("section.notFound", "The section no longer exists");
    }
    return section;
  }

  private static void checkLength(String text, int max) {
    if (text != null && text.strip().length() > max) {
      throw new RuleViolationException("section.tooLong", "Text too long", max);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
