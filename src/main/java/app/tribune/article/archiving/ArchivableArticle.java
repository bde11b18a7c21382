package app.tribune.article.archiving;

import app.tribune.article.ArticleType;
import java.io.Serializable;
import java.time.Instant;

/** What the archive job reads of an article: enough to decide and to say what it moved. */
record ArchivableArticle(long id, String slug, ArticleType type, Instant publishedAt)
    implements Serializable {

  static ArchivableArticle of(Object[] row) {
    return new ArchivableArticle(
        ((Number) row[0]).longValue(), (String) row[1], (ArticleType) row[2], (Instant) row[3]);
  }
}
