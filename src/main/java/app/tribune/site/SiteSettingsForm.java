package app.tribune.site;

import app.tribune.partner.Partner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settings screen edits: the settings' fields as typed, with the version they were read
 * at, so that a save over someone else's newer one is refused rather than silently undoing it.
 */
public class SiteSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long version;
  private String siteName;
  private String tagline;
  private Long logoId;
  private String facebookUrl;
  private String xUrl;
  private String instagramUrl;
  private String linkedinUrl;
  private String youtubeUrl;
  private String mastodonUrl;
  private String donateUrl;
  private String privacyUrl;
  private String contactEmail;
  private String postalAddress;
  private String footerText;
  private List<Long> defaultPartnerIds = new ArrayList<>();

  public static SiteSettingsForm of(SiteSettings settings) {
    SiteSettingsForm form = new SiteSettingsForm();
    form.version = settings.getVersion();
    form.siteName = settings.getSiteName();
    form.tagline = settings.getTagline();
    form.logoId = settings.getLogo() == null ? null : settings.getLogo().getId();
    form.facebookUrl = settings.getFacebookUrl();
    form.xUrl = settings.getxUrl();
    form.instagramUrl = settings.getInstagramUrl();
    form.linkedinUrl = settings.getLinkedinUrl();
    form.youtubeUrl = settings.getYoutubeUrl();
    form.mastodonUrl = settings.getMastodonUrl();
    form.donateUrl = settings.getDonateUrl();
    form.privacyUrl = settings.getPrivacyUrl();
    form.contactEmail = settings.getContactEmail();
    form.postalAddress = settings.getPostalAddress();
    form.footerText = settings.getFooterText();
    form.defaultPartnerIds =
        new ArrayList<>(settings.getDefaultPartners().stream().map(Partner::getId).toList());
    return form;
  }

  /** The link fields by their name on the screen, each of which must be a web address. */
  Map<String, String> links() {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("facebookUrl", facebookUrl);
    links.put("xUrl", xUrl);
    links.put("instagramUrl", instagramUrl);
    links.put("linkedinUrl", linkedinUrl);
    links.put("youtubeUrl", youtubeUrl);
    links.put("mastodonUrl", mastodonUrl);
    links.put("donateUrl", donateUrl);
    links.put("privacyUrl", privacyUrl);
    return links;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
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

  public Long getLogoId() {
    return logoId;
  }

  public void setLogoId(Long logoId) {
    this.logoId = logoId;
  }

  public String getFacebookUrl() {
    return facebookUrl;
  }

  public void setFacebookUrl(String facebookUrl) {
    this.facebookUrl = facebookUrl;
  }

  // Lower-case x, as in SiteSettings, so that views write xUrl.
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

  public String getPrivacyUrl() {
    return privacyUrl;
  }

  public void setPrivacyUrl(String privacyUrl) {
    this.privacyUrl = privacyUrl;
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

  public List<Long> getDefaultPartnerIds() {
    return defaultPartnerIds;
  }

  public void setDefaultPartnerIds(List<Long> defaultPartnerIds) {
    this.defaultPartnerIds = defaultPartnerIds == null ? new ArrayList<>() : defaultPartnerIds;
  }
}
