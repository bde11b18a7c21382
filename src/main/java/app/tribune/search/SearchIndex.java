package app.tribune.search;

import app.tribune.article.Article;
import app.tribune.article.ArticleChanged;
import app.tribune.article.ArticleService;
import app.tribune.author.Author;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.text.RichText;
import app.tribune.search.SearchAnalysis.Part;
import app.tribune.search.SearchResults.Hit;
import app.tribune.section.Section;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search index of this node: every published and archived article, in memory. Nothing is kept
 * on disk, because a node must not depend on local files (another node could not see them) and the
 * database holds everything needed to rebuild it at start-up. Changes arrive as {@link
 * ArticleChanged} events once their transaction has committed.
 *
 * <p>Writes (rebuild, single updates) take this object's lock and read the database while holding
 * it, so an update that arrives during a rebuild waits and then re-reads its article rather than
 * being overwritten by the older copy the rebuild read, and of two quick saves the later one is
 * indexed last. Searches never wait: each one works on the last refreshed snapshot.
 */
@ApplicationScoped
public class SearchIndex {

  public static final int PAGE_SIZE = 10;

  /** Articles read from the database at a time while rebuilding, which bounds the memory used. */
  static final int BATCH_SIZE = 500;

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  /** Two passages of about this many characters make a snippet of two or three lines. */
  private static final int PASSAGE_LENGTH = 110;

  private static final int PASSAGES = 2;

  /** Long bodies are highlighted in full; the highlighter's default stops at 10,000 characters. */
  private static final int HIGHLIGHT_MAX_LENGTH = 200_000;

  private static final Sort BY_DATE =
      new Sort(new SortField(SearchAnalysis.PUBLISHED, SortField.Type.LONG, true));
  private static final Sort BY_RELEVANCE_THEN_DATE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(SearchAnalysis.PUBLISHED, SortField.Type.LONG, true));

  private ArticleService articles;
  private ZoneId timeZone;
  private IndexWriter writer;
  private SearcherManager searchers;

  /** For the container's proxy. */
  protected SearchIndex() {}

  @Inject
  SearchIndex(
      ArticleService articles,
      @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
          String timeZone) {
    this.articles = articles;
    this.timeZone = ZoneId.of(timeZone);
  }

  @PostConstruct
  void open() {
    try {
      writer =
          new IndexWriter(
              new ByteBuffersDirectory(), new IndexWriterConfig(SearchAnalysis.index()));
      // Near-real-time readers see the writer's changes without a commit, which would only copy
      // files within memory: nothing outlives the process anyway.
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    try {
      IOUtils.close(searchers, writer, writer.getDirectory());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not close the search index", e);
    }
  }

  /**
   * Reads every published and archived article again, in batches by id, and replaces the index's
   * content with them. Searches see the previous content until the new one is complete.
   */
  public synchronized void rebuild() {
    long started = System.nanoTime();
    int count = 0;
    try {
      writer.deleteAll();
      long lastId = 0;
      List<Article> batch;
      do {
        batch = articles.visibleAfter(lastId, BATCH_SIZE);
        for (Article article : batch) {
          write(article);
          lastId = article.getId();
        }
        count += batch.size();
      } while (batch.size() == BATCH_SIZE);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.log(
        Level.INFO,
        "Search index built: {0} articles in {1} ms",
        new Object[] {count, (System.nanoTime() - started) / 1_000_000});
  }

  void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
    follow(change);
  }

  /**
   * Follows a committed change, made on this node or another: the article is read again, so what is
   * indexed is what the database holds now, and an article that left the public site (draft, trash)
   * leaves the index.
   */
  public synchronized void follow(ArticleChanged change) {
    Optional<Article> current =
        change.kind() == ArticleChanged.Kind.DELETED
            ? Optional.empty()
            : articles.findVisible(List.of(change.articleId())).stream().findFirst();
    if (current.isPresent()) {
      index(current.get());
    } else {
      remove(change.articleId());
    }
  }

  /** Adds or replaces the article if readers may see it, and removes it otherwise. */
  synchronized void index(Article article) {
    try {
      write(article);
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void remove(long articleId) {
    try {
      writer.deleteDocuments(idTerm(articleId));
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The given page of results, {@value #PAGE_SIZE} per page; a page number outside the results
   * gives the nearest page there is, so that no address a reader can type fails.
   */
  public SearchResults search(SearchQuery query, int page) {
    Optional<Query> lucene = query.toLucene();
    if (lucene.isEmpty()) {
      return SearchResults.none();
    }
    int total;
    int pageCount;
    int current;
    List<Long> ids = new ArrayList<>();
    IndexSearcher searcher = acquire();
    try {
      total = searcher.count(lucene.get());
      if (total == 0) {
        return SearchResults.none();
      }
      pageCount = (total + PAGE_SIZE - 1) / PAGE_SIZE;
      current = Math.min(Math.max(page, 1), pageCount);
      // Never more than the matches: a huge page number must not size a huge priority queue.
      int upTo = Math.min(current * PAGE_SIZE, total);
      Sort sort = query.hasWords() ? BY_RELEVANCE_THEN_DATE : BY_DATE;
      ScoreDoc[] top = searcher.search(lucene.get(), upTo, sort, false).scoreDocs;
      StoredFields stored = searcher.storedFields();
      for (int i = (current - 1) * PAGE_SIZE; i < top.length; i++) {
        ids.add(Long.valueOf(stored.document(top[i].doc).get(SearchAnalysis.ID)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
    Map<Long, Article> found =
        articles.findVisible(ids).stream()
            .collect(Collectors.toMap(Article::getId, Function.identity()));
    List<Hit> hits = new ArrayList<>();
    for (Long id : ids) {
      Article article = found.get(id);
      // Gone from the public site since the index last heard of it.
      if (article != null) {
        hits.add(new Hit(article, snippet(article, lucene.get())));
      }
    }
    return new SearchResults(hits, total, current, pageCount);
  }

  /**
   * The years in which indexed articles were published, latest first: the year filter's choices.
   */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    IndexSearcher searcher = acquire();
    try {
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SearchAnalysis.YEAR);
      if (terms != null) {
        TermsEnum values = terms.iterator();
        for (BytesRef value = values.next(); value != null; value = values.next()) {
          String year = value.utf8ToString();
          // Terms of deleted articles linger until segments merge; only live ones count.
          if (searcher.count(new TermQuery(new Term(SearchAnalysis.YEAR, year))) > 0) {
            years.add(Integer.valueOf(year));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
    Collections.reverse(years);
    return years;
  }

  private void write(Article article) throws IOException {
    if (article.isPubliclyVisible()) {
      writer.updateDocument(idTerm(article.getId()), document(article));
    } else {
      writer.deleteDocuments(idTerm(article.getId()));
    }
  }

  private Document document(Article article) {
    Document document = new Document();
    Language language = article.getLanguage();
    document.add(new StringField(SearchAnalysis.ID, article.getId().toString(), Store.YES));
    document.add(new StringField(SearchAnalysis.LANGUAGE, language.code(), Store.NO));
    document.add(new StringField(SearchAnalysis.TYPE, article.getType().name(), Store.NO));
    for (Section section = article.getSection(); section != null; section = section.getParent()) {
      document.add(new StringField(SearchAnalysis.SECTION, section.getSlug(), Store.NO));
    }
    Instant published = article.getPublishedAt();
    if (published != null) {
      String year = String.valueOf(published.atZone(timeZone).getYear());
      document.add(new StringField(SearchAnalysis.YEAR, year, Store.NO));
      document.add(new NumericDocValuesField(SearchAnalysis.PUBLISHED, published.toEpochMilli()));
    }
    addText(document, Part.TITLE.field(language), article.getTitle());
    addText(document, Part.SUBTITLE.field(language), article.getSurtitle());
    addText(document, Part.SUBTITLE.field(language), article.getSubtitle());
    addText(document, Part.LEAD.field(language), article.getLead());
    addText(document, Part.BODY.field(language), RichText.toPlainText(article.getBody()));
    addText(document, Part.BODY.field(language), RichText.toPlainText(article.getPs()));
    for (Author author : article.getAuthors()) {
      addText(document, SearchAnalysis.AUTHORS, author.getName());
    }
    return document;
  }

  private static void addText(Document document, String field, String text) {
    if (text != null && !text.isBlank()) {
      document.add(new TextField(field, text, Store.NO));
    }
  }

  /**
   * A passage of the body where the words were found, else of the lead, else the lead itself: the
   * text is read from the article, not stored in the index, which keeps the index small.
   */
  private String snippet(Article article, Query query) {
    Language language = article.getLanguage();
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builderWithoutSearcher(SearchAnalysis.index())
            .withMaxLength(HIGHLIGHT_MAX_LENGTH)
            // Matching whole queries would need the filters' fields (language, section) in the
            // text highlighted; the words found are what a reader wants to see marked.
            .withWeightMatches(false)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(language.locale()), PASSAGE_LENGTH, 0.3f))
            .withFormatter(new Snippets())
            .build();
    String body =
        highlight(
            highlighter, Part.BODY.field(language), query, RichText.toPlainText(article.getBody()));
    if (body.contains(Snippets.MARK)) {
      return body;
    }
    String lead = highlight(highlighter, Part.LEAD.field(language), query, article.getLead());
    return lead.isEmpty() ? body : lead;
  }

  private static String highlight(
      UnifiedHighlighter highlighter, String field, Query query, String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    try {
      Object snippet = highlighter.highlightWithoutSearcher(field, query, text, PASSAGES);
      return snippet == null ? "" : snippet.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Term idTerm(long articleId) {
    return new Term(SearchAnalysis.ID, Long.toString(articleId));
  }

  /**
   * Lucene's formatter escapes the text and marks the matches; this one adds an ellipsis where the
   * passages cut the text, so a reader sees that the sentence goes on.
   */
  private static final class Snippets extends PassageFormatter {

    static final String MARK = "<mark>";

    private final DefaultPassageFormatter marked =
        new DefaultPassageFormatter(MARK, "</mark>", " … ", true);

    @Override
    public String format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return "";
      }
      String text = marked.format(passages, content).strip();
      boolean cutBefore = passages[0].getStartOffset() > 0;
      boolean cutAfter = passages[passages.length - 1].getEndOffset() < content.length();
      return (cutBefore ? "… " : "") + text + (cutAfter ? " …" : "");
    }
  }
}
