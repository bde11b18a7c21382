package app.tribune.site.feed;

/**
 * How the sitemap is cut into files. The protocol allows {@value #URLS_PER_FILE} addresses per
 * file: below that, {@code /sitemap.xml} lists everything; above, it becomes an index of parts,
 * part 1 holding the pages (home, sections, events) and each following part a run of articles.
 *
 * @param pages how many home, section and event addresses there are
 * @param articles how many articles readers can see
 * @param limit the most addresses per file
 */
record SitemapPlan(long pages, long articles, int limit) {

  static final int URLS_PER_FILE = 50_000;

  static SitemapPlan of(long pages, long articles) {
    return new SitemapPlan(pages, articles, URLS_PER_FILE);
  }

  boolean isSingleFile() {
    return pages + articles <= limit;
  }

  /** How many parts the index lists. */
  int parts() {
    return 1 + (int) ((articles + limit - 1) / limit);
  }

  /** Whether {@code part} is one of the index's parts. */
  boolean hasPart(int part) {
    return !isSingleFile() && part >= 1 && part <= parts();
  }

  /** The position, in id order, of the first article of a part after the first. */
  int firstArticleOf(int part) {
    return (part - 2) * limit;
  }
}
