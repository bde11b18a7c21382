package app.tribune.media.web;

import app.tribune.media.MediaAsset;
import app.tribune.media.MediaKind;
import app.tribune.media.MediaService;
import app.tribune.media.MediaUsage;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.security.AccessDenied;
import app.tribune.platform.security.Roles;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code admin/media/index.xhtml}: the library. Editors drop files, find them again, describe them
 * (alt text, caption, credit), see where each is used, and delete the unused ones.
 */
@Named
@ViewScoped
public class MediaLibraryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MediaLibraryView.class.getName());

  @Inject private MediaService media;

  private String text;
  private MediaKind kind;
  private final LazyDataModel<MediaAsset> assets = new Assets();

  private MediaAsset selected;
  private String altText;
  private String caption;
  private String credit;
  private List<MediaUsage> usages = List.of();

  /** Stores one dropped file; PrimeFaces sends each file of a drop in its own request. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      MediaAsset asset = media.upload(file.getFileName(), in);
      info("media.uploaded", asset.getOriginalName());
      show(asset);
    } catch (RuleViolationException refused) {
      error(refused);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Upload could not be read", e);
      error(new RuleViolationException("media.refused.unreadable", e.toString(), ""));
    }
  }

  /** Opens an asset's description form. */
  public void edit(long id) {
    media.find(id).ifPresentOrElse(this::show, () -> error(notFound(id)));
  }

  public void save() {
    if (selected == null) {
      return;
    }
    try {
      show(media.describe(selected.getId(), selected.getVersion(), altText, caption, credit));
      info("media.saved", selected.getOriginalName());
    } catch (RuleViolationException refused) {
      error(refused);
    }
  }

  /** Reads the asset again, after someone else changed it. */
  public void reload() {
    if (selected != null) {
      edit(selected.getId());
    }
  }

  public void delete() {
    if (selected == null) {
      return;
    }
    try {
      media.delete(selected.getId());
      info("media.deleted", selected.getOriginalName());
      selected = null;
      usages = List.of();
    } catch (RuleViolationException refused) {
      error(refused);
      usages = media.usages(selected.getId());
    } catch (AccessDenied denied) {
      error(new RuleViolationException("media.notAllowed", denied.getMessage()));
    }
  }

  public void close() {
    selected = null;
    usages = List.of();
  }

  /** Whether the current editor may delete files, which authors may not. */
  public boolean isMayDelete() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Roles.EDITOR) || external.isUserInRole(Roles.ADMIN);
  }

  public long getMaxBytes() {
    return media.maxBytes();
  }

  /** The size limit in megabytes, as the upload hint states it. */
  public double getMaxMegabytes() {
    return media.maxBytes() / (1024.0 * 1024.0);
  }

  public MediaKind[] getKinds() {
    return MediaKind.values();
  }

  private void show(MediaAsset asset) {
    selected = asset;
    altText = asset.getAltText();
    caption = asset.getCaption();
    credit = asset.getCredit();
    usages = media.usages(asset.getId());
  }

  private static RuleViolationException notFound(long id) {
    return new RuleViolationException("media.notFound", "No asset " + id, id);
  }

  // An empty detail, not null: a message without detail repeats its summary as detail.
  private static void info(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = Messages.get(context, key, arguments);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
  }

  private static void error(RuleViolationException refused) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = Messages.get(context, refused.messageKey(), refused.arguments().toArray());
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
    context.validationFailed();
  }

  public LazyDataModel<MediaAsset> getAssets() {
    return assets;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public MediaKind getKind() {
    return kind;
  }

  public void setKind(MediaKind kind) {
    this.kind = kind;
  }

  public MediaAsset getSelected() {
    return selected;
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

  public List<MediaUsage> getUsages() {
    return usages;
  }

  /** The library a page at a time, filtered by the search box and the kind menu. */
  private final class Assets extends LazyDataModel<MediaAsset> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(media.count(text, kind));
    }

    @Override
    public List<MediaAsset> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return media.search(text, kind, first, pageSize);
    }
  }
}
