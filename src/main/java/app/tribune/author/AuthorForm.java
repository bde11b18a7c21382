package app.tribune.author;

import java.io.Serializable;

/**
 * What the authors screen edits: a new author when {@link #getId()} is {@code null}, otherwise the
 * author at the version it was read.
 */
public class AuthorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String name;
  private String slug;
  private AuthorKind kind = AuthorKind.PERSON;
  private String bio;
  private Long photoId;
  private String website;

  public static AuthorForm of(Author author) {
    AuthorForm form = new AuthorForm();
    form.id = author.getId();
    form.version = author.getVersion();
    form.name = author.getName();
    form.slug = author.getSlug();
    form.kind = author.getKind();
    form.bio = author.getBio();
    form.photoId = author.getPhoto() == null ? null : author.getPhoto().getId();
    form.website = author.getWebsite();
    return form;
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

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public AuthorKind getKind() {
    return kind;
  }

  public void setKind(AuthorKind kind) {
    this.kind = kind;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public Long getPhotoId() {
    return photoId;
  }

  public void setPhotoId(Long photoId) {
    this.photoId = photoId;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
