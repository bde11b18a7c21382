package app.tribune.section;

import app.tribune.article.Choice;
import app.tribune.media.MediaAsset;
import app.tribune.platform.i18n.Language;
import java.io.Serializable;

/**
 * What the sections screen edits: a new section when {@link #getId()} is {@code null}, otherwise
 * the section at the version it was read. The slug is chosen at creation only.
 */
public class SectionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String name;
  private String nameNl;
  private String nameEn;
  private String slug;
  private String description;
  private Long parentId;
  private boolean campaign;
  private Choice heroImage;
  private String callToActionLabel;
  private String callToActionUrl;
  private boolean active = true;

  public static SectionForm of(Section section) {
    SectionForm form = new SectionForm();
    form.id = section.getId();
    form.version = section.getVersion();
    form.name = section.getName();
    form.nameNl = section.getLocalizedNames().get(Language.NL);
    form.nameEn = section.getLocalizedNames().get(Language.EN);
    form.slug = section.getSlug();
    form.description = section.getDescription();
    form.parentId = section.getParent() == null ? null : section.getParent().getId();
    form.campaign = section.isCampaign();
    MediaAsset hero = section.getHeroImage();
    form.heroImage = hero == null ? null : new Choice(hero.getId(), hero.getOriginalName());
    form.callToActionLabel = section.getCallToActionLabel();
    form.callToActionUrl = section.getCallToActionUrl();
    form.active = section.isActive();
    return form;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** The French name, the site's reference language. */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameNl() {
    return nameNl;
  }

  public void setNameNl(String nameNl) {
    this.nameNl = nameNl;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
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

  /** The parent's id, {@code null} for a top-level section. */
  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public boolean isCampaign() {
    return campaign;
  }

  public void setCampaign(boolean campaign) {
    this.campaign = campaign;
  }

  /**
   * The image a campaign's page opens with, picked from the media library; {@code null} for none.
   */
  public Choice getHeroImage() {
    return heroImage;
  }

  public void setHeroImage(Choice heroImage) {
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
