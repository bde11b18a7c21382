package app.tribune.article;

/**
 * Someone saved the article after the caller read it: their change would overwrite it, so it is
 * refused. The caller compares the two versions and reloads.
 */
public class StaleArticle extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long articleId;

  public StaleArticle(long articleId) {
    super("Article " + articleId + " changed since it was read");
    this.articleId = articleId;
  }

  public long articleId() {
    return articleId;
  }
}
