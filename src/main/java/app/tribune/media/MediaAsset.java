package app.tribune.media;

import app.tribune.platform.rules.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** An uploaded image or document, described; its bytes are in {@link MediaContent}. */
@Entity
@Table(name = "media_asset")
@SequenceGenerator(name = "media_asset_seq", sequenceName = "media_asset_seq", allocationSize = 50)
@NamedQuery(
    name = MediaAsset.FIND_ALL,
    query = "SELECT m FROM MediaAsset m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
    name = MediaAsset.FIND_BY_CHECKSUM,
    query = "SELECT m FROM MediaAsset m WHERE m.checksum = :checksum ORDER BY m.id")
@NamedQuery(
    name = MediaAsset.FIND_BY_STORAGE_NAME,
    query = "SELECT m FROM MediaAsset m WHERE m.storageName = :storageName")
@NamedQuery(name = MediaAsset.COUNT_ALL, query = "SELECT COUNT(m) FROM MediaAsset m")
@NamedQuery(
    name = MediaAsset.USED_IN_ARTICLES,
    query =
        "SELECT DISTINCT a.id, a.title FROM Article a LEFT JOIN a.attachments m"
            + " WHERE a.featuredImage = :asset OR m = :asset OR a.body LIKE :reference"
            + " ORDER BY a.id")
@NamedQuery(
    name = MediaAsset.USED_IN_SECTIONS,
    query = "SELECT s.id, s.name FROM Section s WHERE s.heroImage = :asset ORDER BY s.id")
@NamedQuery(
    name = MediaAsset.USED_IN_AUTHORS,
    query = "SELECT p.id, p.name FROM Author p WHERE p.photo = :asset ORDER BY p.id")
@NamedQuery(
    name = MediaAsset.USED_IN_PARTNERS,
    query = "SELECT p.id, p.name FROM Partner p WHERE p.logo = :asset ORDER BY p.id")
@NamedQuery(
    name = MediaAsset.USED_IN_EVENTS,
    query = "SELECT e.id, e.title FROM Event e WHERE e.image = :asset ORDER BY e.id")
@NamedQuery(
    name = MediaAsset.USED_IN_SETTINGS,
    query = "SELECT s.id, s.siteName FROM SiteSettings s WHERE s.logo = :asset")
public class MediaAsset implements Serializable {

  // Views of the back office keep assets in the editor's session, which the cluster replicates.
  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "MediaAsset.findAll";

  /** Finds earlier uploads of the same file, so it can be reused instead of stored twice. */
  public static final String FIND_BY_CHECKSUM = "MediaAsset.findByChecksum";

  public static final String FIND_BY_STORAGE_NAME = "MediaAsset.findByStorageName";
  public static final String COUNT_ALL = "MediaAsset.countAll";

  /**
   * Articles showing the asset: as featured image, as attachment, or inside the body, where the
   * editor inserts library images by their address ({@code :reference} is {@code %/media/{id}/%}).
   */
  public static final String USED_IN_ARTICLES = "MediaAsset.usedInArticles";

  public static final String USED_IN_SECTIONS = "MediaAsset.usedInSections";
  public static final String USED_IN_AUTHORS = "MediaAsset.usedInAuthors";
  public static final String USED_IN_PARTNERS = "MediaAsset.usedInPartners";
  public static final String USED_IN_EVENTS = "MediaAsset.usedInEvents";
  public static final String USED_IN_SETTINGS = "MediaAsset.usedInSettings";

  private static final java.util.regex.Pattern EXTENSION =
      java.util.regex.Pattern.compile("\\.([A-Za-z0-9]{1,8})$");

  /** The extension of a stored file follows its detected type, whatever the uploaded name said. */
  private static final Map<String, String> EXTENSIONS =
      Map.of(
          "image/jpeg", ".jpg",
          "image/png", ".png",
          "image/gif", ".gif",
          "image/webp", ".webp",
          "application/pdf", ".pdf");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_asset_seq")
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(max = 255)
  @Column(name = "original_name", nullable = false, length = 255)
  private String originalName;

  @NotBlank
  @Size(max = 80)
  @Column(name = "storage_name", nullable = false, unique = true, length = 80)
  private String storageName;

  @NotBlank
  @Size(max = 100)
  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @PositiveOrZero
  @Column(name = "byte_size", nullable = false)
  private long size;

  @Column(name = "width")
  private Integer width;

  @Column(name = "height")
  private Integer height;

  @Size(max = 500)
  @Column(name = "alt_text", length = 500)
  private String altText;

  @Size(max = 1000)
  @Column(name = "caption", length = 1000)
  private String caption;

  @Size(max = 200)
  @Column(name = "credit", length = 200)
  private String credit;

  @NotNull
  @Pattern(regexp = "[0-9a-f]{64}")
  @Column(name = "checksum", nullable = false, length = 64)
  private String checksum;

  @NotNull
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Size(max = 64)
  @Column(name = "created_by", length = 64)
  private String createdBy;

  @Size(max = 40)
  @Column(name = "variant_widths", length = 40)
  private String variantWidths;

  protected MediaAsset() {}

  /**
   * Describes a new upload. The storage name is generated: the name the uploader chose is shown but
   * never used to store or serve the file.
   *
   * @param checksum SHA-256 of the stored bytes, lower-case hexadecimal
   */
  public MediaAsset(
      String originalName,
      String contentType,
      long size,
      String checksum,
      String createdBy,
      Instant createdAt) {
    this.originalName = originalName;
    this.storageName = UUID.randomUUID() + extensionOf(contentType, originalName);
    this.contentType = contentType;
    this.size = size;
    this.checksum = checksum;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /**
   * The stored file's extension: the one of its type when it is a type uploads accept, else the
   * name's (documents loaded with the demo content come in more kinds than uploads may).
   */
  private static String extensionOf(String contentType, String name) {
    String known = EXTENSIONS.get(contentType);
    if (known != null) {
      return known;
    }
    Matcher matcher = EXTENSION.matcher(name == null ? "" : name);
    return matcher.find() ? "." + matcher.group(1).toLowerCase(Locale.ROOT) : "";
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getStorageName() {
    return storageName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public Integer getWidth() {
    return width;
  }

  public Integer getHeight() {
    return height;
  }

  /** Records the pixel size of an image; documents have none. */
  public void setDimensions(Integer width, Integer height) {
    this.width = width;
    this.height = height;
  }

  public boolean isImage() {
    return contentType != null && contentType.startsWith("image/");
  }

  /**
   * Whether an image may appear in an article: it must say what it shows to those who cannot see
   * it.
   */
  public boolean isDescribed() {
    return !isImage() || (altText != null && !altText.isBlank());
  }

  /**
   * Refuses to let an image without alt text into an article.
   *
   * @throws RuleViolationException {@code media.altTextRequired}
   */
  public void checkUsableInArticle() {
    if (!isDescribed()) {
      throw new RuleViolationException(
          "media.altTextRequired", "Image " + id + " has no alt text", originalName);
    }
  }

  /** The widths of the resized variants stored beside the original, narrowest first. */
  public List<Integer> getVariantWidths() {
    return variantWidths == null || variantWidths.isBlank()
        ? List.of()
        : Arrays.stream(variantWidths.trim().split(" ")).map(Integer::valueOf).toList();
  }

  public void setVariantWidths(List<Integer> widths) {
    this.variantWidths =
        widths.isEmpty()
            ? null
            : widths.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getCredit() {
    return credit;
  }

  public void setCredit(String credit) {
    this.credit = credit;
  }

  public String getChecksum() {
    return checksum;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  /** Same row, so that an asset picked in a form is recognised among an article's attachments. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof MediaAsset asset && id != null && id.equals(asset.id));
  }

  @Override
  public int hashCode() {
    return MediaAsset.class.hashCode();
  }
}
