package app.tribune.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Stored images and documents. */
@ApplicationScoped
@Transactional
public class MediaService {

  @PersistenceContext private EntityManager em;

  public Optional<MediaAsset> find(long id) {
    return Optional.ofNullable(em.find(MediaAsset.class, id));
  }

  /** The bytes of an asset, read only when a file is actually served. */
  public Optional<byte[]> content(long assetId) {
    return Optional.ofNullable(em.find(MediaContent.class, assetId)).map(MediaContent::getBytes);
  }
}
