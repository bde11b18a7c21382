package app.tribune.article;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as the editor holds it between requests: every field the editor changes, the version
 * it was read at (so that a save over someone else's is refused rather than lost), and the status
 * and dates the workflow buttons depend on, read-only.
 */
public class ArticleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String surtitle;
  private String title;
  private String subtitle;
  private String slug;
  private ArticleType type = ArticleType.NEWS;
  private Choice section;
  private List<Choice> tags = new ArrayList<>();
  private List<Choice> authors = new ArrayList<>();
  private Language language = Language.FR;
  private Choice translationOf;
  private String lead;
  private String body;
  private String ps;
  private String metaDescription;
  private Choice featuredImage;
  private List<Choice> attachments = new ArrayList<>();
  private List<Choice> related = new ArrayList<>();
  private List<Choice> partners = new ArrayList<>();
  private boolean pinned;
  private boolean featured;

  private ArticleStatus status = ArticleStatus.DRAFT;
  private String reviewComment;
  private String createdBy;
  private Instant publishAt;
  private Instant unpublishAt;
  private Instant updatedAt;
  private String updatedBy;
  private int revisionCount;

  /** The article's current state, for the editor to change. */
  static ArticleForm of(Article article, Choice translationOf) {
    ArticleForm form = new ArticleForm();
    form.id = article.getId();
    form.version = article.getVersion();
    form.surtitle = article.getSurtitle();
    form.title = article.getTitle();
    form.subtitle = article.getSubtitle();
    form.slug = article.getSlug();
    form.type = article.getType();
    form.section = new Choice(article.getSection().getId(), article.getSection().getName());
    form.tags =
        new ArrayList<>(
            article.getTags().stream().map(t -> new Choice(t.getId(), t.getName())).toList());
    form.authors =
        new ArrayList<>(
            article.getAuthors().stream().map(a -> new Choice(a.getId(), a.getName())).toList());
    form.language = article.getLanguage();
    form.translationOf = translationOf;
    form.lead = article.getLead();
    form.body = article.getBody();
    form.ps = article.getPs();
    form.metaDescription = article.getMetaDescription();
    form.featuredImage =
        article.getFeaturedImage() == null
            ? null
            : new Choice(
                article.getFeaturedImage().getId(), article.getFeaturedImage().getOriginalName());
    form.attachments =
        new ArrayList<>(
            article.getAttachments().stream()
                .map(m -> new Choice(m.getId(), m.getOriginalName()))
                .toList());
    form.related =
        new ArrayList<>(
            article.getRelated().stream().map(r -> new Choice(r.getId(), r.getTitle())).toList());
    form.partners =
        new ArrayList<>(
            article.getPartners().stream().map(p -> new Choice(p.getId(), p.getName())).toList());
    form.pinned = article.isPinned();
    form.featured = article.isFeatured();
    form.status = article.getStatus();
    form.reviewComment = article.getReviewComment();
    form.createdBy = article.getCreatedBy();
    form.publishAt = article.getPublishAt();
    form.unpublishAt = article.getUnpublishAt();
    form.updatedAt = article.getUpdatedAt();
    form.updatedBy = article.getUpdatedBy();
    form.revisionCount = article.getRevisionCount();
    return form;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getSurtitle() {
    return surtitle;
  }

  public void setSurtitle(String surtitle) {
    this.surtitle = surtitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public void setSubtitle(String subtitle) {
    this.subtitle = subtitle;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public ArticleType getType() {
    return type;
  }

  public void setType(ArticleType type) {
    this.type = type;
  }

  public Choice getSection() {
    return section;
  }

  public void setSection(Choice section) {
    this.section = section;
  }

  public List<Choice> getTags() {
    return tags;
  }

  public void setTags(List<Choice> tags) {
    this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
  }

  public List<Choice> getAuthors() {
    return authors;
  }

  public void setAuthors(List<Choice> authors) {
    this.authors = authors == null ? new ArrayList<>() : new ArrayList<>(authors);
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  /** Another article of the translation group this one belongs to, or {@code null}. */
  public Choice getTranslationOf() {
    return translationOf;
  }

  public void setTranslationOf(Choice translationOf) {
    this.translationOf = translationOf;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getPs() {
    return ps;
  }

  public void setPs(String ps) {
    this.ps = ps;
  }

  public String getMetaDescription() {
    return metaDescription;
  }

  public void setMetaDescription(String metaDescription) {
    this.metaDescription = metaDescription;
  }

  public Choice getFeaturedImage() {
    return featuredImage;
  }

  public void setFeaturedImage(Choice featuredImage) {
    this.featuredImage = featuredImage;
  }

  public List<Choice> getAttachments() {
    return attachments;
  }

  public void setAttachments(List<Choice> attachments) {
    this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
  }

  public List<Choice> getRelated() {
    return related;
  }

  public void setRelated(List<Choice> related) {
    this.related = related == null ? new ArrayList<>() : new ArrayList<>(related);
  }

  public List<Choice> getPartners() {
    return partners;
  }

  public void setPartners(List<Choice> partners) {
    this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public ArticleStatus getStatus() {
    return status;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getPublishAt() {
    return publishAt;
  }

  public Instant getUnpublishAt() {
    return unpublishAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getRevisionCount() {
    return revisionCount;
  }
}
