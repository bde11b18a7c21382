package app.tribune.article;

import app.tribune.platform.i18n.Language;
import java.io.Serializable;
import java.time.Instant;

/** One line of the back office's article list: a few columns, not the article. */
public record ArticleRow(
    long id,
    String title,
    String slug,
    ArticleStatus status,
    ArticleType type,
    Language language,
    String section,
    Instant updatedAt,
    String updatedBy,
    Instant publishedAt)
    implements Serializable {

  static ArticleRow fromRow(Object[] row) {
    return new ArticleRow(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (ArticleStatus) row[3],
        (ArticleType) row[4],
        (Language) row[5],
        (String) row[6],
        (Instant) row[7],
        (String) row[8],
        (Instant) row[9]);
  }
}
