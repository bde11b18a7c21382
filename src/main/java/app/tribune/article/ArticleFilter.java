package app.tribune.article;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;

/**
 * What the back office's article list is narrowed to; {@code null} means any. Without a status, the
 * trash stays out of the list.
 *
 * @param status the status, or any but trashed
 * @param type the kind of text
 * @param sectionId the section (not its sub-sections)
 * @param language the language
 * @param authorId an author of the byline
 * @param text words the title contains, in any case
 */
public record ArticleFilter(
    ArticleStatus status,
    ArticleType type,
    Long sectionId,
    Language language,
    Long authorId,
    String text)
    implements Serializable {

  public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null);
}
