package app.tribune.search;

import app.tribune.article.ArticleType;
import app.tribune.platform.i18n.Language;
import app.tribune.search.SearchAnalysis.Part;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a reader asked for: words, and optional filters on type, section and year. The Lucene query
 * is built term by term from analysed words, never parsed, so quotes, stars, colons and backslashes
 * are ordinary characters and no input can make a malformed or costly query.
 *
 * @param text the words, at most {@value #MAX_LENGTH} characters; empty when only filtering
 * @param type only articles of this type, or any when {@code null}
 * @param section only articles in the section with this slug or below it, or any when {@code null}
 * @param year only articles published that year, or any when {@code null}
 */
public record SearchQuery(String text, ArticleType type, String section, Integer year) {

  /** Longer input is cut: no real query needs more, and each word costs clauses. */
  static final int MAX_LENGTH = 200;

  /** Words beyond these are ignored, which bounds the size of the query. */
  static final int MAX_WORDS = 16;

  public SearchQuery {
    text = text == null ? "" : cut(text.strip());
  }

  /** Whether there is nothing to look for: no word and no filter. */
  public boolean isBlank() {
    return text.isEmpty() && type == null && section == null && year == null;
  }

  /** Whether the reader typed words, so that results are ranked rather than listed by date. */
  boolean hasWords() {
    return !text.isEmpty();
  }

  /**
   * The Lucene query: every word must match in some part of an article (title, subtitle, lead,
   * body) or among its authors, within the filters. Empty when there is nothing to search for: no
   * word and no filter, or only words too common to mean anything ("le", "de la").
   */
  Optional<Query> toLucene() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (hasWords()) {
      Optional<Query> words = words();
      if (words.isEmpty()) {
        return Optional.empty();
      }
      query.add(words.get(), Occur.MUST);
    } else if (isBlank()) {
      return Optional.empty();
    } else {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (type != null) {
      query.add(new TermQuery(new Term(SearchAnalysis.TYPE, type.name())), Occur.FILTER);
    }
    if (section != null) {
      query.add(new TermQuery(new Term(SearchAnalysis.SECTION, section)), Occur.FILTER);
    }
    if (year != null) {
      query.add(new TermQuery(new Term(SearchAnalysis.YEAR, year.toString())), Occur.FILTER);
    }
    return Optional.of(query.build());
  }

  /** One alternative per language, each restricted to the articles written in it. */
  private Optional<Query> words() {
    List<String> words = SearchAnalysis.words(text);
    words = words.subList(0, Math.min(words.size(), MAX_WORDS));
    BooleanQuery.Builder languages = new BooleanQuery.Builder();
    boolean any = false;
    for (Language language : Language.values()) {
      Optional<Query> inLanguage = wordsIn(language, words);
      if (inLanguage.isPresent()) {
        languages.add(inLanguage.get(), Occur.SHOULD);
        any = true;
      }
    }
    return any ? Optional.of(languages.build()) : Optional.empty();
  }

  private static Optional<Query> wordsIn(Language language, List<String> words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new TermQuery(new Term(SearchAnalysis.LANGUAGE, language.code())), Occur.FILTER);
    boolean any = false;
    for (String word : words) {
      List<String> terms = SearchAnalysis.terms(SearchAnalysis.analyzer(language), "", word);
      // A word too common in this language would match everything: it is left out, not required.
      if (terms.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
      anywhere.add(allOf(terms, term -> inText(language, term)), Occur.SHOULD);
      List<String> names = SearchAnalysis.terms(SearchAnalysis.names(), "", word);
      if (!names.isEmpty()) {
        anywhere.add(
            new BoostQuery(
                allOf(names, name -> new TermQuery(new Term(SearchAnalysis.AUTHORS, name))),
                SearchAnalysis.AUTHORS_BOOST),
            Occur.SHOULD);
      }
      all.add(anywhere.build(), Occur.MUST);
      any = true;
    }
    return any ? Optional.of(all.build()) : Optional.empty();
  }

  /**
   * A term in the article's text, scored as if title, subtitle, lead and body were one field in
   * which a title word counts several times (BM25F). Scoring each field apart would weigh a word by
   * its rarity in that field: a word found in the only lead that mentions it would outrank the same
   * word in a title, whatever the boosts.
   */
  private static Query inText(Language language, String term) {
    CombinedFieldQuery.Builder text = new CombinedFieldQuery.Builder();
    for (Part part : Part.values()) {
      text.addField(part.field(language), part.boost());
    }
    return text.addTerm(new BytesRef(term)).build();
  }

  /** A word is one term after analysis in every chain used here; were it split, all parts count. */
  private static Query allOf(List<String> terms, Function<String, Query> query) {
    if (terms.size() == 1) {
      return query.apply(terms.get(0));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    terms.forEach(term -> all.add(query.apply(term), Occur.MUST));
    return all.build();
  }

  /** Cuts at {@link #MAX_LENGTH} characters without splitting a surrogate pair. */
  private static String cut(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    return text.substring(0, end).strip();
  }
}
