package app.tribune.search;

import app.tribune.platform.i18n.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * How text becomes search terms, and the index fields that hold them. Each article is analysed in
 * its own language, in fields named after it ({@code title_fr}, {@code body_nl}…), because stemming
 * French words with English rules finds nothing; a query is analysed once per language and matched
 * against that language's fields.
 *
 * <p>Every chain folds accents (a reader typing "ecologie" finds "écologie") and drops the
 * language's most common words. French also drops elided articles ("l’", "d’") and uses Lucene's
 * light stemmer, which conflates inflections (agricole, agricoles) but not derived words: it stems
 * "agriculture" to {@code agricultur} and "agricole" to {@code agricol}, and neither the minimal
 * nor the Snowball French stemmer does better. Readers expect those to meet, so a short list of
 * French word families ({@code french-word-families.txt}) maps the stems of each family onto one.
 */
final class SearchAnalysis {

  /** The article id, stored: the one field read back from a hit. */
  static final String ID = "id";

  static final String LANGUAGE = "language";
  static final String TYPE = "type";

  /** The slug of the article's section and of each section above it, so a filter covers both. */
  static final String SECTION = "section";

  /** The year of publication in the site's time zone. */
  static final String YEAR = "year";

  /** The publication time in epoch milliseconds, for sorting. */
  static final String PUBLISHED = "published";

  /** The authors' names, analysed alike whatever the article's language. */
  static final String AUTHORS = "authors";

  /** Author names weigh like a subtitle: a reader typing a name wants that author's texts. */
  static final float AUTHORS_BOOST = 4f;

  /**
   * The parts of an article searched as text, with the weight of a match in each: how many times a
   * word found there counts, as if the parts were one field (see {@link SearchQuery}).
   */
  enum Part {
    TITLE("title", 8f),
    /** The surtitle and the subtitle. */
    SUBTITLE("subtitle", 4f),
    LEAD("lead", 2f),
    /** The body and the post-scriptum, as plain text. */
    BODY("body", 1f);

    private final String name;
    private final float boost;

    Part(String name, float boost) {
      this.name = name;
      this.boost = boost;
    }

    String field(Language language) {
      return name + '_' + language.code();
    }

    float boost() {
      return boost;
    }
  }

  private static final String FAMILIES_RESOURCE = "french-word-families.txt";

  private static final StemmerOverrideMap FRENCH_FAMILIES =
      loadFamilies(chain(SearchAnalysis::frenchStems));

  private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

  static {
    ANALYZERS.put(
        Language.FR,
        chain(words -> new StemmerOverrideFilter(frenchStems(words), FRENCH_FAMILIES)));
    ANALYZERS.put(
        Language.NL,
        chain(
            words ->
                new SnowballFilter(
                    new ASCIIFoldingFilter(
                        new StopFilter(
                            new LowerCaseFilter(words), DutchAnalyzer.getDefaultStopSet())),
                    new DutchStemmer())));
    ANALYZERS.put(
        Language.EN,
        chain(
            words ->
                new PorterStemFilter(
                    new ASCIIFoldingFilter(
                        new StopFilter(
                            new LowerCaseFilter(new EnglishPossessiveFilter(words)),
                            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)))));
  }

  /** Names are neither stemmed nor stripped of common words: "Claire Le Roy" keeps its "Le". */
  private static final Analyzer NAMES =
      chain(words -> new ASCIIFoldingFilter(new LowerCaseFilter(words)));

  /** Splits a reader's query into words, which are then analysed for each language. */
  private static final Analyzer WORDS = chain(words -> words);

  private static final Analyzer INDEX = indexAnalyzer();

  private SearchAnalysis() {}

  static Analyzer analyzer(Language language) {
    return ANALYZERS.get(language);
  }

  static Analyzer names() {
    return NAMES;
  }

  /** The analyzer of every field of the index, by field name. */
  static Analyzer index() {
    return INDEX;
  }

  /** The words of a reader's query, as typed (case and accents kept). */
  static List<String> words(String text) {
    return terms(WORDS, "", text);
  }

  /** The terms {@code analyzer} makes of {@code text}, in order. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Text held in memory cannot fail to be read.
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /**
   * French words folded, stripped of common words and stemmed. A stem of one letter goes too: "a"
   * and "à" fold to the same letter, in almost every text, and the stemmer folds repeated letters,
   * so "aaaaa" would otherwise find them all.
   */
  private static TokenStream frenchStems(TokenStream words) {
    return new LengthFilter(
        new FrenchLightStemFilter(
            new ASCIIFoldingFilter(
                new StopFilter(
                    new LowerCaseFilter(new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES)),
                    FrenchAnalyzer.getDefaultStopSet()))),
        2,
        Integer.MAX_VALUE);
  }

  private static Analyzer chain(UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  private static Analyzer indexAnalyzer() {
    Map<String, Analyzer> byField = new HashMap<>();
    for (Language language : Language.values()) {
      for (Part part : Part.values()) {
        byField.put(part.field(language), analyzer(language));
      }
    }
    return new PerFieldAnalyzerWrapper(NAMES, byField);
  }

  /**
   * Reads the word families, one per line, and maps the stem of every word of a family onto the
   * stem of its first word. A stem claimed by two families is a mistake in the list, refused here
   * so that it fails the build's tests rather than quietly merging two families.
   */
  private static StemmerOverrideMap loadFamilies(Analyzer stems) {
    StemmerOverrideFilter.Builder families = new StemmerOverrideFilter.Builder();
    Map<String, String> familyOfStem = new HashMap<>();
    try (InputStream in = SearchAnalysis.class.getResourceAsStream(FAMILIES_RESOURCE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> family = terms(stems, "", line);
        String root = family.get(0);
        for (String stem : family) {
          String claimed = familyOfStem.putIfAbsent(stem, root);
          if (claimed != null && !claimed.equals(root)) {
            throw new IllegalStateException(
                "The stem " + stem + " belongs to two word families: " + claimed + ", " + root);
          }
          if (!stem.equals(root)) {
            families.add(stem, root);
          }
        }
      }
      return families.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
