package app.tribune.tag;

import app.tribune.article.ArticleChanged;
import app.tribune.audit.AuditLog;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tags as editors tidy them: rename, merge two that mean the same, delete one nothing uses.
 *
 * <p>A tag keeps its slug when renamed: its address stays the one readers, feeds and search engines
 * know, and a fix of a typo in the name needs no redirect. A merged tag's address answers 301 to
 * the tag that absorbed it.
 *
 * <p>Tags are not part of the search index, so renaming one changes no indexed article; a merge
 * changes the articles' tags, and they are announced as changed all the same.
 */
@ApplicationScoped
@Transactional
@Allowed({Roles.EDITOR, Roles.ADMIN})
public class TagManagement {

  /** Sort columns of the screen, to their SQL: nothing typed by a user reaches the query text. */
  private static final Map<String, String> SORTS =
      Map.of("name", "t.name", "slug", "t.slug", "articles", "articles");

  private static final int MAX_NAME = 80;

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private Event<TagChanged> tagChanges;
  @Inject private Event<ArticleChanged> articleChanges;

  public long count(String text) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM tag t WHERE LOWER(t.name) LIKE ?1")
                .setParameter(1, pattern(text))
                .getSingleResult())
        .longValue();
  }

  /**
   * A page of the tags whose name contains {@code text}, with how many articles carry each.
   *
   * @param sortField {@code name}, {@code slug} or {@code articles}; anything else sorts by name
   */
  public List<TagUsage> page(
      String text, int first, int size, String sortField, boolean ascending) {
    String order =
        (sortField == null ? "t.name" : SORTS.getOrDefault(sortField, "t.name"))
            + (sortField == null || ascending ? " ASC" : " DESC");
    return usages("LOWER(t.name) LIKE ?1", pattern(text), order, first, size);
  }

  /** One tag as the screen shows it. */
  public Optional<TagUsage> usage(long id) {
    return usages("t.id = ?1", id, "t.id", 0, 1).stream().findFirst();
  }

  /** Rows of the screen where {@code condition}, which has one parameter, holds. */
  private List<TagUsage> usages(
      String condition, Object parameter, String order, int first, int size) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT t.id, t.version, t.name, t.slug, COUNT(a.article_id) AS articles"
                    + " FROM tag t LEFT JOIN article_tag a ON a.tag_id = t.id WHERE "
                    + condition
                    + " GROUP BY t.id, t.version, t.name, t.slug ORDER BY "
                    + order
                    + ", t.id")
            .setParameter(1, parameter)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new TagUsage(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).longValue()))
        .toList();
  }

  /** Names of tags starting with what was typed, for the merge target's autocomplete. */
  public List<String> names(String typed, int limit) {
    return em.createNamedQuery(Tag.FIND_NAMES_STARTING, String.class)
        .setParameter("prefix", (typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)) + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Gives a tag another name; its slug, and so its address, stays.
   *
   * @throws RuleViolationException {@code tag.nameRequired}, {@code tag.nameTooLong}, {@code
   *     tag.nameTaken} (merge instead), {@code tag.notFound} or {@code tag.changedMeanwhile}
   */
  public Tag rename(long id, long version, String newName) {
    String name = newName == null ? "" : newName.strip();
    if (name.isEmpty()) {
      throw new RuleViolationException("tag.nameRequired", "A tag needs a name");
    }
    if (name.length() > MAX_NAME) {
      throw new RuleViolationException("tag.nameTooLong", "Tag name too long", MAX_NAME);
    }
    Tag tag = existing(id);
    if (tag.getVersion() != version) {
      throw new RuleViolationException(
          "tag.changedMeanwhile", "The tag was changed by someone else meanwhile");
    }
    Tag namesake = byName(name);
    if (namesake != null && !namesake.equals(tag)) {
      throw new RuleViolationException("tag.nameTaken", "Another tag has that name", name);
    }
    String previous = tag.getName();
    tag.setName(name);
    em.flush();
    audit.record("tag.rename", "Tag", id, previous + " → " + name);
    tagChanges.fire(new TagChanged(id));
    return tag;
  }

  /**
   * Moves every article of tag {@code sourceId} to the tag named {@code targetName} (an article
   * that had both keeps one link), deletes the source and sends its address to the target.
   *
   * @return the tag that remains
   * @throws RuleViolationException {@code tag.notFound}, {@code tag.mergeTargetUnknown} or {@code
   *     tag.mergeIntoItself}
   */
  public Tag merge(long sourceId, String targetName) {
    Tag source = existing(sourceId);
    Tag target = targetName == null ? null : byName(targetName.strip());
    if (target == null) {
      throw new RuleViolationException(
          "tag.mergeTargetUnknown", "No tag has that name", String.valueOf(targetName));
    }
    if (target.equals(source)) {
      throw new RuleViolationException("tag.mergeIntoItself", "A tag cannot absorb itself");
    }
    List<Long> articles =
        em.createNamedQuery(Tag.FIND_ARTICLE_IDS, Long.class)
            .setParameter("tag", source)
            .getResultList();
    em.createNativeQuery(
            "INSERT INTO article_tag (article_id, tag_id) SELECT s.article_id, ?1"
                + " FROM article_tag s WHERE s.tag_id = ?2 AND NOT EXISTS"
                + " (SELECT 1 FROM article_tag b WHERE b.article_id = s.article_id"
                + " AND b.tag_id = ?3)")
        .setParameter(1, target.getId())
        .setParameter(2, source.getId())
        .setParameter(3, target.getId())
        .executeUpdate();
    em.createNamedQuery(TagRedirect.RETARGET)
        .setParameter("source", source)
        .setParameter("target", target)
        .executeUpdate();
    TagRedirect former = em.find(TagRedirect.class, source.getSlug());
    if (former == null) {
      em.persist(new TagRedirect(source.getSlug(), target));
    } else {
      former.setTag(target);
    }
    // The database drops the source's own links with the row (ON DELETE CASCADE).
    em.remove(source);
    em.flush();
    audit.record(
        "tag.merge",
        "Tag",
        target.getId(),
        source.getName() + " → " + target.getName() + " (" + articles.size() + ")");
    articles.forEach(articleId -> articleChanges.fire(ArticleChanged.saved(articleId)));
    tagChanges.fire(new TagChanged(target.getId()));
    return target;
  }

  /**
   * Deletes a tag no article carries.
   *
   * @throws RuleViolationException {@code tag.inUse} or {@code tag.notFound}
   */
  public void delete(long id) {
    Tag tag = existing(id);
    boolean used =
        !em.createNamedQuery(Tag.FIND_ARTICLE_IDS, Long.class)
            .setParameter("tag", tag)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (used) {
      throw new RuleViolationException("tag.inUse", "Articles carry the tag", tag.getName());
    }
    em.remove(tag);
    em.flush();
    audit.record("tag.delete", "Tag", id, tag.getName());
    tagChanges.fire(new TagChanged(id));
  }

  private Tag existing(long id) {
    Tag tag = em.find(Tag.class, id);
    if (tag == null) {
      throw new RuleViolationException("tag.notFound", "The tag no longer exists");
    }
    return tag;
  }

  /** The tag of that name, ignoring case: "Eau" and "eau" would be one tag to readers. */
  private Tag byName(String name) {
    return em.createNamedQuery(Tag.FIND_BY_NAME, Tag.class)
        .setParameter("name", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String pattern(String text) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
