package app.tribune.site;

import app.tribune.media.MediaAsset;
import app.tribune.partner.Partner;
import app.tribune.platform.persistence.Associations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The site's settings: a single row, id {@value #ID}, created by the first migration, so reading it
 * never has to handle its absence.
 */
@Entity
@Table(name = "site_settings")
public class SiteSettings {

  /** The id of the only row. */
  public static final long ID = 1L;

  @Id private Long id = ID;

  @Version private long version;

  @NotBlank
  @Size(max = 120)
  @Column(name = "site_name", nullable = false, length = 120)
  private String siteName;

  @Size(max = 300)
  @Column(name = "tagline", length = 300)
  private String tagline;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "logo_id")
  private MediaAsset logo;

  @Size(max = 500)
  @Column(name = "facebook_url", length = 500)
  private String facebookUrl;

  @Size(max = 500)
  @Column(name = "x_url", length = 500)
  private String xUrl;

  @Size(max = 500)
  @Column(name = "instagram_url", length = 500)
  private String instagramUrl;

  @Size(max = 500)
  @Column(name = "linkedin_url", length = 500)
  private String linkedinUrl;

  @Size(max = 500)
  @Column(name = "youtube_url", length = 500)
  private String youtubeUrl;

  @Size(max = 500)
  @Column(name = "mastodon_url", length = 500)
  private String mastodonUrl;

  @Size(max = 500)
  @Column(name = "donate_url", length = 500)
  private String donateUrl;

  @Email
  @Size(max = 254)
  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Size(max = 500)
  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Size(max = 2000)
  @Column(name = "footer_text", length = 2000)
  private String footerText;

  @Size(max = 500)
  @Column(name = "privacy_url", length = 500)
  private String privacyUrl;

  /** Funders thanked on every page. */
  @ManyToMany
  @JoinTable(
      name = "site_partner",
      joinColumns = @JoinColumn(name = "site_settings_id"),
      inverseJoinColumns = @JoinColumn(name = "partner_id"))
  private Set<Partner> defaultPartners = new HashSet<>();

  /**
   * The version of the consent text shown on subscription forms; consent events record it, so that
   * changing the text is provable afterwards.
   */
  @NotBlank
  @Size(max = 32)
  @Column(name = "consent_text_version", nullable = false, length = 32)
  private String consentTextVersion;

  /** Audience measurement stays off until the organisation has decided on it and said so. */
  @Column(name = "tracking_enabled", nullable = false)
  private boolean trackingEnabled;

  protected SiteSettings() {}

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getSiteName() {
    return siteName;
  }

  public void setSiteName(String siteName) {
    this.siteName = siteName;
  }

  public String getTagline() {
    return tagline;
  }

  public void setTagline(String tagline) {
    this.tagline = tagline;
  }

  public MediaAsset getLogo() {
    return logo;
  }

  public void setLogo(MediaAsset logo) {
    this.logo = logo;
  }

  public String getFacebookUrl() {
    return facebookUrl;
  }

  public void setFacebookUrl(String facebookUrl) {
    this.facebookUrl = facebookUrl;
  }

  // A lower-case x keeps the bean property named xUrl, as views write it, rather than XUrl.
  public String getxUrl() {
    return xUrl;
  }

  public void setxUrl(String xUrl) {
    this.xUrl = xUrl;
  }

  public String getInstagramUrl() {
    return instagramUrl;
  }

  public void setInstagramUrl(String instagramUrl) {
    this.instagramUrl = instagramUrl;
  }

  public String getLinkedinUrl() {
    return linkedinUrl;
  }

  public void setLinkedinUrl(String linkedinUrl) {
    this.linkedinUrl = linkedinUrl;
  }

  public String getYoutubeUrl() {
    return youtubeUrl;
  }

  public void setYoutubeUrl(String youtubeUrl) {
    this.youtubeUrl = youtubeUrl;
  }

  public String getMastodonUrl() {
    return mastodonUrl;
  }

  public void setMastodonUrl(String mastodonUrl) {
    this.mastodonUrl = mastodonUrl;
  }

  public String getDonateUrl() {
    return donateUrl;
  }

  public void setDonateUrl(String donateUrl) {
    this.donateUrl = donateUrl;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getFooterText() {
    return footerText;
  }

  public void setFooterText(String footerText) {
    this.footerText = footerText;
  }

  public String getPrivacyUrl() {
    return privacyUrl;
  }

  public void setPrivacyUrl(String privacyUrl) {
    this.privacyUrl = privacyUrl;
  }

  public Set<Partner> getDefaultPartners() {
    return defaultPartners;
  }

  public void setDefaultPartners(Collection<Partner> defaultPartners) {
    Associations.replace(this.defaultPartners, defaultPartners);
  }

  public String getConsentTextVersion() {
    return consentTextVersion;
  }

  public void setConsentTextVersion(String consentTextVersion) {
    this.consentTextVersion = consentTextVersion;
  }

  public boolean isTrackingEnabled() {
    return trackingEnabled;
  }

  public void setTrackingEnabled(boolean trackingEnabled) {
    this.trackingEnabled = trackingEnabled;
  }
}
