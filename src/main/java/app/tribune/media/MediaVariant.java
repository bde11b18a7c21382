package app.tribune.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A resized rendition of an image asset, made once and served to small screens and mails. */
@Entity
@Table(name = "media_variant")
@SequenceGenerator(
    name = "media_variant_seq",
    sequenceName = "media_variant_seq",
    allocationSize = 50)
@NamedQuery(
    name = MediaVariant.FIND_BY_ASSET,
    query = "SELECT v FROM MediaVariant v WHERE v.asset = :asset ORDER BY v.width, v.id")
@NamedQuery(
    name = MediaVariant.FIND_BY_ASSET_AND_WIDTH,
    query = "SELECT v FROM MediaVariant v WHERE v.asset = :asset AND v.width = :width")
@NamedQuery(
    name = MediaVariant.DELETE_BY_ASSET,
    query = "DELETE FROM MediaVariant v WHERE v.asset = :asset")
public class MediaVariant {

  public static final String FIND_BY_ASSET = "MediaVariant.findByAsset";
  public static final String FIND_BY_ASSET_AND_WIDTH = "MediaVariant.findByAssetAndWidth";
  public static final String DELETE_BY_ASSET = "MediaVariant.deleteByAsset";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_variant_seq")
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "media_asset_id", nullable = false)
  private MediaAsset asset;

  @Positive
  @Column(name = "width", nullable = false)
  private int width;

  @Positive
  @Column(name = "height", nullable = false)
  private int height;

  @NotBlank
  @Size(max = 100)
  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "byte_size", nullable = false)
  private long size;

  @NotNull
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "bytes", nullable = false)
  private byte[] bytes;

  protected MediaVariant() {}

  public MediaVariant(MediaAsset asset, int width, int height, String contentType, byte[] bytes) {
    this.asset = asset;
    this.width = width;
    this.height = height;
    this.contentType = contentType;
    this.bytes = bytes;
    this.size = bytes.length;
  }

  public Long getId() {
    return id;
  }

  public MediaAsset getAsset() {
    return asset;
  }

  public int getWidth() {
    return width;
  }

  public int getHeight() {
    return height;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  /** The stored bytes themselves, not a copy: variants are only ever read once written. */
  public byte[] getBytes() {
    return bytes;
  }
}
