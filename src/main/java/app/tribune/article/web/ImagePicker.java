package app.tribune.article.web;

import app.tribune.article.ArticleEditing;
import app.tribune.article.Choice;
import app.tribune.media.MediaAsset;
import app.tribune.media.MediaService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /WEB-INF/includes/image-picker.xhtml} asks: the library's images matching the typed
 * text, and the image a pick names, to preview it with its alt text before the form is saved. The
 * article editor (featured image, images in the body) and the sections screen (hero image) share
 * it; each service still checks the image it is given.
 */
@Named
@RequestScoped
public class ImagePicker {

  @Inject private ArticleEditing articles;
  @Inject private MediaService media;

  /** A page renders the preview several times; each image is read once a request. */
  private final Map<Long, Optional<MediaAsset>> read = new HashMap<>();

  public List<Choice> complete(String query) {
    return articles.media(query, true);
  }

  /** The image {@code pick} names, or {@code null} when nothing is picked or it is no image. */
  public MediaAsset image(Choice pick) {
    if (pick == null || pick.id() == null) {
      return null;
    }
    return read.computeIfAbsent(pick.id(), id -> media.find(id).filter(MediaAsset::isImage))
        .orElse(null);
  }
}
