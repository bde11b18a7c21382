package app.tribune.article;

import app.tribune.platform.security.AccessDenied;
import java.util.Objects;

/**
 * What one caller may do to a given article, beyond what their role lets them call at all: editors
 * and administrators work on every article, an author on their own drafts only (and on those sent
 * back to them), until an editor takes over.
 *
 * @param username who is calling
 * @param editor whether they hold the EDITOR or ADMIN role
 */
public record ArticleRights(String username, boolean editor) {

  public ArticleRights {
    Objects.requireNonNull(username, "username");
  }

  /** Whether the caller may change the texts and links of the article. */
  public boolean mayEdit(Article article) {
    return mayEdit(article.getStatus(), article.getCreatedBy());
  }

  /**
   * The same for an article known by its status and its creator's username ({@code null} while it
   * is being written for the first time).
   */
  public boolean mayEdit(ArticleStatus status, String createdBy) {
    return editor || ((createdBy == null || username.equals(createdBy)) && isWithAuthor(status));
  }

  /** Whether the caller may send the article to the editors. */
  public boolean maySubmit(Article article) {
    return mayEdit(article) && article.getStatus().canMoveTo(ArticleStatus.IN_REVIEW);
  }

  /** Whether the caller may publish, schedule, archive, reject or trash articles. */
  public boolean mayPublish() {
    return editor;
  }

  /** Throws {@link AccessDenied} unless {@link #mayEdit} allows it. */
  public void requireEdit(Article article) {
    if (!mayEdit(article)) {
      throw new AccessDenied("article.edit " + article.getId());
    }
  }

  /** Statuses in which the text is still in its author's hands. */
  private static boolean isWithAuthor(ArticleStatus status) {
    return status == ArticleStatus.DRAFT || status == ArticleStatus.REJECTED;
  }
}
