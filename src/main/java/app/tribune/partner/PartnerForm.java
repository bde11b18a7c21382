package app.tribune.partner;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the funders screen edits: a new funder when {@link #getId()} is {@code null}, otherwise the
 * funder at the version it was read.
 */
public class PartnerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String name;
  private String description;
  private String url;
  private Long logoId;
  private int position;
  private LocalDate activeFrom;
  private LocalDate activeUntil;

  public static PartnerForm of(Partner partner) {
    PartnerForm form = new PartnerForm();
    form.id = partner.getId();
    form.version = partner.getVersion();
    form.name = partner.getName();
    form.description = partner.getDescription();
    form.url = partner.getUrl();
    form.logoId = partner.getLogo() == null ? null : partner.getLogo().getId();
    form.position = partner.getPosition();
    form.activeFrom = partner.getActiveFrom();
    form.activeUntil = partner.getActiveUntil();
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Long getLogoId() {
    return logoId;
  }

  public void setLogoId(Long logoId) {
    this.logoId = logoId;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public LocalDate getActiveFrom() {
    return activeFrom;
  }

  public void setActiveFrom(LocalDate activeFrom) {
    this.activeFrom = activeFrom;
  }

  public LocalDate getActiveUntil() {
    return activeUntil;
  }

  public void setActiveUntil(LocalDate activeUntil) {
    this.activeUntil = activeUntil;
  }
}
