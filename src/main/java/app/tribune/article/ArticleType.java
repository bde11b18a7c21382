package app.tribune.article;

/** What kind of text an article is; readers can filter on it and feeds announce it. */
public enum ArticleType {
  ANALYSIS,
  PRESS_RELEASE,
  /** Letters, open letters and formal statements. */
  STATEMENT,
  NEWS,
  CAMPAIGN,
  PROJECT,
  INTERVIEW,
  REPORT
}
