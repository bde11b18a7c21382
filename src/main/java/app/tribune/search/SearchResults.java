package app.tribune.search;

import app.tribune.article.Article;
import app.tribune.article.ArticleStatus;
import java.util.List;

/**
 * One page of results. Pages use the accessors with EL's method syntax ({@code results.total()}):
 * the EL of Jakarta EE 10 does not read record components as properties.
 *
 * @param hits this page's articles, best first
 * @param total how many articles match in all
 * @param page this page's number, from 1
 * @param pageCount how many pages there are; at least 1, even with no result
 */
public record SearchResults(List<Hit> hits, int total, int page, int pageCount) {

  /**
   * An article found, with a passage of its text.
   *
   * @param snippet HTML: the passage escaped, with the matched words in {@code <mark>}
   */
  public record Hit(Article article, String snippet) {

    /** Archived articles are found too, and readers should see they are not current. */
    public boolean archived() {
      return article.getStatus() == ArticleStatus.ARCHIVED;
    }
  }

  static SearchResults none() {
    return new SearchResults(List.of(), 0, 1, 1);
  }
}
