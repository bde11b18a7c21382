package app.tribune.section;

import app.tribune.media.MediaAsset;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.persistence.Associations;
import app.tribune.platform.persistence.LanguageConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A section of the site; it may sit under a parent section. */
@Entity
@Table(name = "section")
@SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
@NamedQuery(name = Section.FIND_BY_SLUG, query = "SELECT s FROM Section s WHERE s.slug = :slug")
@NamedQuery(name = Section.FIND_ALL, query = "SELECT s FROM Section s ORDER BY s.sortOrder, s.name")
@NamedQuery(
    name = Section.FIND_ACTIVE,
    query = "SELECT s FROM Section s WHERE s.active = TRUE ORDER BY s.sortOrder, s.name",
    hints = @QueryHint(name = Section.BATCH, value = Section.WITH_NAMES))
@NamedQuery(
    name = Section.FIND_ACTIVE_ROOTS,
    query =
        "SELECT s FROM Section s WHERE s.parent IS NULL AND s.active = TRUE"
            + " ORDER BY s.sortOrder, s.name",
    hints = @QueryHint(name = Section.BATCH, value = Section.WITH_NAMES))
@NamedQuery(
    name = Section.COUNT_BY_SLUG,
    query = "SELECT COUNT(s) FROM Section s WHERE s.slug = :slug")
@NamedQuery(
    name = Section.FIND_ACTIVE_PARENTS,
    query = "SELECT s.id, p.id FROM Section s LEFT JOIN s.parent p WHERE s.active = TRUE")
@NamedQuery(
    name = Section.FIND_ACTIVE_CHILDREN,
    query =
        "SELECT s FROM Section s WHERE s.parent = :parent AND s.active = TRUE"
            + " ORDER BY s.sortOrder, s.name",
    hints = @QueryHint(name = Section.BATCH, value = Section.WITH_NAMES))
@NamedQuery(
    name = Section.FIND_ROOTS,
    query = "SELECT s FROM Section s WHERE s.parent IS NULL ORDER BY s.sortOrder, s.name")
@NamedQuery(
    name = Section.FIND_CHILDREN,
    query = "SELECT s FROM Section s WHERE s.parent = :parent ORDER BY s.sortOrder, s.name")
@NamedQuery(
    name = Section.FIND_PARENTS,
    query = "SELECT s.id, p.id FROM Section s LEFT JOIN s.parent p")
@NamedQuery(
    name = Section.COUNT_ARTICLES_BY_SECTION,
    query = "SELECT a.section.id, COUNT(a) FROM Article a GROUP BY a.section.id")
@NamedQuery(
    name = Section.FIND_ARTICLE_IDS_IN,
    query = "SELECT a.id FROM Article a WHERE a.section.id IN :sections")
@NamedQuery(
    name = Section.COUNT_EVENTS,
    query = "SELECT COUNT(e) FROM Event e WHERE e.section = :section")
public class Section {

  /** EclipseLink's hint to read a relation of all the rows a query found in one more query. */
  static final String BATCH = "eclipselink.batch";

  /** The names in every language of the listed sections: read for them all at once, not each. */
  static final String WITH_NAMES = "s.localizedNames";

  public static final String FIND_BY_SLUG = "Section.findBySlug";
  public static final String FIND_ALL = "Section.findAll";
  public static final String FIND_ACTIVE = "Section.findActive";

  /** Top-level active sections, in menu order. */
  public static final String FIND_ACTIVE_ROOTS = "Section.findActiveRoots";

  public static final String COUNT_BY_SLUG = "Section.countBySlug";

  /** Rows of (id, parent id or null) of the active sections: the tree without the entities. */
  public static final String FIND_ACTIVE_PARENTS = "Section.findActiveParents";

  /** The active sub-sections of {@code parent}, in menu order. */
  public static final String FIND_ACTIVE_CHILDREN = "Section.findActiveChildren";

  /** Top-level sections, active or not, in menu order. */
  public static final String FIND_ROOTS = "Section.findRoots";

  /** The sub-sections of {@code parent}, active or not, in menu order. */
  public static final String FIND_CHILDREN = "Section.findChildren";

  /** Rows of (id, parent id or null) of every section, active or not. */
  public static final String FIND_PARENTS = "Section.findParents";

  /** Rows of (section id, number of articles in any status) for sections that have articles. */
  public static final String COUNT_ARTICLES_BY_SECTION = "Section.countArticlesBySection";

  /** The ids of the articles, in any status, filed directly under the sections with those ids. */
  public static final String FIND_ARTICLE_IDS_IN = "Section.findArticleIdsIn";

  /** How many events belong to {@code section}. */
  public static final String COUNT_EVENTS = "Section.countEvents";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
  private Long id;

  @Version private long version;

  /** The name in French, the site's reference language, shown when no translation exists. */
  @NotBlank
  @Size(max = 120)
  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "section_name", joinColumns = @JoinColumn(name = "section_id"))
  @MapKeyColumn(name = "language", length = 2)
  @Convert(converter = LanguageConverter.class, attributeName = "key")
  @Column(name = "name", nullable = false, length = 120)
  private Map<Language, String> localizedNames = new HashMap<>();

  @NotBlank
  @Size(max = 120)
  @Column(name = "slug", nullable = false, unique = true, length = 120)
  private String slug;

  @Size(max = 1000)
  @Column(name = "description", length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Section parent;

  @OneToMany(mappedBy = "parent")
  @OrderBy("sortOrder, name")
  private List<Section> children = new ArrayList<>();

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** A campaign section gets a hero image and a call to action on its page. */
  @Column(name = "campaign", nullable = false)
  private boolean campaign;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "hero_image_id")
  private MediaAsset heroImage;

  @Size(max = 80)
  @Column(name = "call_to_action_label", length = 80)
  private String callToActionLabel;

  @Size(max = 500)
  @Column(name = "call_to_action_url", length = 500)
  private String callToActionUrl;

  @ManyToMany
  @JoinTable(
      name = "section_partner",
      joinColumns = @JoinColumn(name = "section_id"),
      inverseJoinColumns = @JoinColumn(name = "partner_id"))
  private Set<Partner> partners = new HashSet<>();

  /** Inactive sections keep their articles but leave menus and subscription forms. */
  @Column(name = "active", nullable = false)
  private boolean active = true;

  public Section() {}

  public Section(String name, String slug) {
    this.name = name;
    this.slug = slug;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The name in a language, falling back to the French name. */
  public String getName(Language language) {
    String localized = localizedNames.get(language);
    return localized == null || localized.isBlank() ? name : localized;
  }

  /** The translated names, French excluded (it is {@link #getName()}). */
  public Map<Language, String> getLocalizedNames() {
    return Collections.unmodifiableMap(localizedNames);
  }

  /** Sets or, with a blank name, removes the name in a language other than French. */
  public void setLocalizedName(Language language, String localizedName) {
    if (language == Language.FR) {
      throw new IllegalArgumentException("The French name is the section's name itself");
    }
    if (localizedName == null || localizedName.isBlank()) {
      localizedNames.remove(language);
    } else {
      localizedNames.put(language, localizedName.strip());
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Section getParent() {
    return parent;
  }

  /**
   * Moves the section under another one, or to the top level with {@code null}. Both parents' lists
   * of children are kept in step, because sections live in the shared cache and a stale list there
   * would show the old menu until the next restart.
   *
   * @throws IllegalArgumentException if that would put the section inside itself
   */
  public void setParent(Section newParent) {
    for (Section ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
      if (ancestor.equals(this)) {
        throw new IllegalArgumentException("A section cannot be placed inside itself");
      }
    }
    if (parent != null) {
      parent.children.remove(this);
    }
    parent = newParent;
    if (newParent != null && !newParent.children.contains(this)) {
      newParent.children.add(this);
    }
  }

  /**
   * The sub-sections in menu order as loaded; one moved or reordered since comes last until the
   * list is read again from the database.
   */
  public List<Section> getChildren() {
    return Collections.unmodifiableList(children);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isCampaign() {
    return campaign;
  }

  public void setCampaign(boolean campaign) {
    this.campaign = campaign;
  }

  public MediaAsset getHeroImage() {
    return heroImage;
  }

  public void setHeroImage(MediaAsset heroImage) {
    this.heroImage = heroImage;
  }

  public String getCallToActionLabel() {
    return callToActionLabel;
  }

  public void setCallToActionLabel(String callToActionLabel) {
    this.callToActionLabel = callToActionLabel;
  }

  public String getCallToActionUrl() {
    return callToActionUrl;
  }

  public void setCallToActionUrl(String callToActionUrl) {
    this.callToActionUrl = callToActionUrl;
  }

  public Set<Partner> getPartners() {
    return partners;
  }

  public void setPartners(Collection<Partner> partners) {
    Associations.replace(this.partners, partners);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** Same row, so that a section chosen in a form is recognised in a set of sections. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Section section && id != null && id.equals(section.id));
  }

  @Override
  public int hashCode() {
    return Section.class.hashCode();
  }
}
