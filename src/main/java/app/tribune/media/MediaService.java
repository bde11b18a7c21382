package app.tribune.media;

import app.tribune.audit.AuditLog;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.Allowed;
import app.tribune.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media library: uploads checked and re-encoded before anything is stored, descriptions, the
 * list of what uses an asset, and deletion of unused ones. Reading is open (readers download
 * files); changing needs a role.
 */
@ApplicationScoped
@Transactional
public class MediaService {

  private static final char LIKE_ESCAPE = '!';

  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;
  @Inject private SecurityContext security;
  @Inject private Event<MediaChanged> changes;

  @Inject
  @ConfigProperty(name = "tribune.media.max-bytes", defaultValue = "20971520")
  private long maxBytes;

  public Optional<MediaAsset> find(long id) {
    return Optional.ofNullable(em.find(MediaAsset.class, id));
  }

  /** The bytes of an asset, read only when a file is actually served. */
  public Optional<byte[]> content(long assetId) {
    return Optional.ofNullable(em.find(MediaContent.class, assetId)).map(MediaContent::getBytes);
  }

  /** The bytes of an image's variant of a given width, if it was made. */
  public Optional<byte[]> variantContent(MediaAsset asset, int width) {
    return em.createNamedQuery(MediaVariant.FIND_BY_ASSET_AND_WIDTH, MediaVariant.class)
        .setParameter("asset", asset)
        .setParameter("width", width)
        .getResultStream()
        .findFirst()
        .map(MediaVariant::getBytes);
  }

  /** The largest file an upload may be, in bytes ({@code tribune.media.max-bytes}). */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Checks and stores an uploaded file. Nothing is stored when it is refused.
   *
   * @param name the name the uploader's computer gave the file, shown but never used to store it
   * @param in the file's bytes; at most {@link #maxBytes()} + 1 are read
   * @throws RuleViolationException with a {@code media.refused.*} key naming the reason
   */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public MediaAsset upload(String name, InputStream in) {
    MediaFile file = MediaFile.read(name, in, maxBytes);
    MediaAsset asset =
        new MediaAsset(
            file.originalName(),
            file.contentType(),
            file.bytes().length,
            file.checksum(),
            caller(),
            Instant.now());
    asset.setDimensions(file.width(), file.height());
    asset.setVariantWidths(file.variants().stream().map(ImageEncoder.Rendition::width).toList());
    em.persist(asset);
    em.persist(new MediaContent(asset, file.bytes()));
    for (ImageEncoder.Rendition variant : file.variants()) {
      em.persist(
          new MediaVariant(
              asset, variant.width(), variant.height(), variant.contentType(), variant.bytes()));
    }
    audit.record("media.upload", "MediaAsset", asset.getId(), file.originalName());
    return asset;
  }

  /**
   * Sets what an asset shows (alt text), its caption and its credit.
   *
   * @param version the version the editor started from
   * @throws RuleViolationException {@code media.changedMeanwhile} when someone saved the asset
   *     since the editor opened it
   */
  @Allowed({Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
  public MediaAsset describe(long id, long version, String altText, String caption, String credit) {
    MediaAsset asset = existing(id);
    if (asset.getVersion() != version) {
      throw new RuleViolationException(
          "media.changedMeanwhile", "Asset " + id + " changed since version " + version);
    }
    asset.setAltText(trimmed(altText));
    asset.setCaption(trimmed(caption));
    asset.setCredit(trimmed(credit));
    // Flushed now so the new version is the one returned to the editor's form.
    em.flush();
    audit.record("media.describe", "MediaAsset", id, asset.getOriginalName());
    changes.fire(new MediaChanged(id));
    return asset;
  }

  /**
   * An asset that may go into an article: an image must have its alt text first.
   *
   * @throws RuleViolationException {@code media.altTextRequired} for an image without alt text,
   *     {@code media.notFound} for an unknown id
   */
  public MediaAsset usableInArticle(long id) {
    MediaAsset asset = existing(id);
    asset.checkUsableInArticle();
    return asset;
  }

  /**
   * The image chosen to be shown on a page (an event's picture, a section's hero image), or {@code
   * null} when none was chosen. Readers who cannot see it get its alt text, so it needs one.
   *
   * @throws RuleViolationException {@code media.notAnImage} when {@code id} is not an image of the
   *     library, {@code media.imageNeedsAltText} when it has no alt text yet
   */
  public MediaAsset describedImage(Long id) {
    if (id == null) {
      return null;
    }
    MediaAsset image =
        find(id)
            .filter(MediaAsset::isImage)
            .orElseThrow(() -> new RuleViolationException("media.notAnImage", "Not an image"));
    if (!image.isDescribed()) {
      throw new RuleViolationException(
          "media.imageNeedsAltText", "Image " + id + " has no alt text", image.getOriginalName());
    }
    return image;
  }

  /**
   * The image chosen as a logo (the site's, a funder's), or {@code null} when none was chosen.
   *
   * @throws RuleViolationException {@code media.logoNotImage} when {@code id} is not an image
   */
  public MediaAsset logo(Long id) {
    if (id == null) {
      return null;
    }
    return find(id)
        .filter(MediaAsset::isImage)
        .orElseThrow(() -> new RuleViolationException("media.logoNotImage", "Not an image"));
  }

  /**
   * Deletes an asset nothing uses.
   *
   * @throws RuleViolationException {@code media.inUse} while something shows it
   */
  @Allowed({Roles.EDITOR, Roles.ADMIN})
  public void delete(long id) {
    MediaAsset asset = existing(id);
    List<MediaUsage> usages = usages(asset);
    if (!usages.isEmpty()) {
      throw new RuleViolationException(
          "media.inUse", "Asset " + id + " is used", asset.getOriginalName(), usages.size());
    }
    em.createNamedQuery(MediaVariant.DELETE_BY_ASSET).setParameter("asset", asset).executeUpdate();
    Optional.ofNullable(em.find(MediaContent.class, id)).ifPresent(em::remove);
    em.remove(asset);
    audit.record("media.delete", "MediaAsset", id, asset.getOriginalName());
    changes.fire(new MediaChanged(id));
  }

  /** Everything that shows the asset: articles, sections, authors, funders, events, settings. */
  public List<MediaUsage> usages(long id) {
    return usages(existing(id));
  }

  private List<MediaUsage> usages(MediaAsset asset) {
    List<MediaUsage> usages = new ArrayList<>();
    add(usages, MediaUsage.Kind.ARTICLE, MediaAsset.USED_IN_ARTICLES, asset, true);
    add(usages, MediaUsage.Kind.SECTION, MediaAsset.USED_IN_SECTIONS, asset, false);
    add(usages, MediaUsage.Kind.AUTHOR, MediaAsset.USED_IN_AUTHORS, asset, false);
    add(usages, MediaUsage.Kind.PARTNER, MediaAsset.USED_IN_PARTNERS, asset, false);
    add(usages, MediaUsage.Kind.EVENT, MediaAsset.USED_IN_EVENTS, asset, false);
    add(usages, MediaUsage.Kind.SETTINGS, MediaAsset.USED_IN_SETTINGS, asset, false);
    return usages;
  }

  private void add(
      List<MediaUsage> usages,
      MediaUsage.Kind kind,
      String query,
      MediaAsset asset,
      boolean inBody) {
    var rows = em.createNamedQuery(query, Object[].class).setParameter("asset", asset);
    if (inBody) {
      rows.setParameter("reference", "%/media/" + asset.getId() + "/%");
    }
    for (Object[] row : rows.getResultList()) {
      usages.add(new MediaUsage(kind, ((Number) row[0]).longValue(), (String) row[1]));
    }
  }

  /**
   * A page of the library, newest first.
   *
   * @param text words found in the file name, alt text or caption; {@code null} or blank for all
   * @param kind images or documents; {@code null} for both
   */
  public List<MediaAsset> search(String text, MediaKind kind, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<MediaAsset> query = cb.createQuery(MediaAsset.class);
    Root<MediaAsset> asset = query.from(MediaAsset.class);
    query
        .select(asset)
        .where(matching(cb, asset, text, kind))
        .orderBy(cb.desc(asset.get("createdAt")), cb.desc(asset.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** How many assets {@link #search} finds in all. */
  public long count(String text, MediaKind kind) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<MediaAsset> asset = query.from(MediaAsset.class);
    query.select(cb.count(asset)).where(matching(cb, asset, text, kind));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<MediaAsset> asset, String text, MediaKind kind) {
    List<Predicate> conditions = new ArrayList<>();
    if (kind != null) {
      Predicate image = cb.like(asset.get("contentType"), "image/%");
      conditions.add(kind == MediaKind.IMAGE ? image : cb.not(image));
    }
    if (text != null && !text.isBlank()) {
      String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
      conditions.add(
          cb.or(
              cb.like(cb.lower(asset.get("originalName")), pattern, LIKE_ESCAPE),
              cb.like(cb.lower(asset.get("altText")), pattern, LIKE_ESCAPE),
              cb.like(cb.lower(asset.get("caption")), pattern, LIKE_ESCAPE)));
    }
    return conditions.toArray(Predicate[]::new);
  }

  /** Typed text is searched for as such: {@code %} and {@code _} are not wildcards. */
  static String escapeLike(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        escaped.append(LIKE_ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private MediaAsset existing(long id) {
    return find(id)
        .orElseThrow(() -> new RuleViolationException("media.notFound", "No asset " + id, id));
  }

  private String caller() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? AuditLog.SYSTEM : principal.getName();
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
