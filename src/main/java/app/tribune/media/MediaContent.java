package app.tribune.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** The bytes of an asset as uploaded (after re-encoding), keyed by the asset's own id. */
@Entity
@Table(name = "media_content")
public class MediaContent {

  @Id private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "media_asset_id")
  private MediaAsset asset;

  @NotNull
  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "bytes", nullable = false)
  private byte[] bytes;

  protected MediaContent() {}

  public MediaContent(MediaAsset asset, byte[] bytes) {
    this.asset = asset;
    this.bytes = bytes;
  }

  public Long getId() {
    return id;
  }

  public MediaAsset getAsset() {
    return asset;
  }

  /** The stored bytes themselves, not a copy: files can be large and are only ever read. */
  public byte[] getBytes() {
    return bytes;
  }
}
