package app.tribune.platform.text;

import app.tribune.platform.i18n.Language;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * French typography for text on its way to readers: a narrow no-break space before {@code ; ! ?}, a
 * no-break space before {@code :} and inside « », curly apostrophes, and an en dash for a hyphen
 * standing between two spaces. Web addresses, e-mail addresses, times such as 10:30 and code are
 * left alone, and so are HTML attributes. Applying it twice gives the same text as applying it
 * once, so text already set the French way goes through unchanged.
 */
public final class Typography {

  /** Espace fine insécable, before ; ! ? */
  static final char NARROW_NBSP = '\u202F';

  /** Espace insécable, before : and inside « ». */
  static final char NBSP = '\u00A0';

  private static final char NONE = 0;

  /**
   * Web and e-mail addresses, which must keep every character as typed. An address stops at a space
   * or at a character that cannot be part of one as written in running text.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)(?:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\bmailto:)[^\\s<>«»\"]*"
              + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** What may follow ; ! ? for it to be punctuation rather than part of a word or an address. */
  private static final String AFTER_PUNCTUATION = "»”’\"')]}.,;:!?…";

  /** Elements whose text is not prose: code must stay exactly as written. */
  private static final Set<String> VERBATIM =
      Set.of("code", "pre", "kbd", "samp", "var", "script", "style", "textarea");

  private Typography() {}

  /** Plain French text set the French way; {@code null} stays {@code null}. */
  public static String french(String text) {
    return text == null ? null : new Setter(NONE).set(text);
  }

  /**
   * Plain text written in {@code language}: set the French way when it is French, left as written
   * in the other languages, whose rules differ.
   */
  public static String in(Language language, String text) {
    return language == Language.FR ? french(text) : text;
  }

  /**
   * French words that lose their vowel to an apostrophe before a word starting with a vowel sound:
   * "une analyse d’Inès". Before h the word stays whole: a name's h aspiré ("de Hugues") cannot be
   * told from a mute one.
   */
  private static final Pattern ELIDING = Pattern.compile("(?i)(?:^|(?<=\\s))(d|l|qu)e$");

  /**
   * {@code lead} and the name that follows it, as a French byline joins them: "Une analyse de" and
   * "Inès Verhaegen" give "Une analyse d’", "Un article de" and "Bruno Martin" give "Un article de
   * ". The name itself is not included.
   */
  public static String before(String lead, String name) {
    Matcher eliding = ELIDING.matcher(lead);
    if (name != null && startsWithVowelSound(name) && eliding.find()) {
      return lead.substring(0, eliding.end(1)) + '’';
    }
    return lead + ' ';
  }

  /**
   * A vowel, accented or not, or a y before a consonant ("Yves", but not "Yasmine"), whose sound is
   * a vowel's.
   */
  private static boolean startsWithVowelSound(String word) {
    String plain =
        Normalizer.normalize(word.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    if (plain.isEmpty()) {
      return false;
    }
    char first = plain.charAt(0);
    if (first == 'y') {
      return plain.length() > 1 && "aeiouy".indexOf(plain.charAt(1)) < 0;
    }
    return "aeiouæœ".indexOf(first) >= 0;
  }

  /** {@link #in} for sanitised HTML: set by {@link #frenchHtml} when it is French. */
  public static String htmlIn(Language language, String html) {
    return language == Language.FR ? frenchHtml(html) : html;
  }

  /**
   * HTML whose French text is set the French way; tags, attributes and the text of code elements
   * are untouched. {@code null} stays {@code null}.
   */
  public static String frenchHtml(String html) {
    if (html == null || html.isEmpty()) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html);
    document
        .outputSettings()
        .prettyPrint(false)
        .charset("UTF-8")
        .escapeMode(Entities.EscapeMode.base);
    document.body().traverse(new TextVisitor());
    return document.body().html();
  }

  /**
   * Walks the text nodes in reading order, carrying the last character written so that punctuation
   * right after an inline element ({@code <em>non</em>!}) is set too. A block starts afresh.
   */
  private static final class TextVisitor implements NodeVisitor {

    private char previous = NONE;
    private int verbatimDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        if (VERBATIM.contains(element.normalName())) {
          verbatimDepth++;
        }
        if (element.isBlock() || "br".equals(element.normalName())) {
          previous = NONE;
        }
      } else if (node instanceof TextNode text && text.isBlank()) {
        // A space between two inline elements: what follows is not glued to the word before.
        previous = previous == NONE ? NONE : ' ';
      } else if (node instanceof TextNode text) {
        String written = text.getWholeText();
        if (verbatimDepth == 0) {
          written = new Setter(previous).set(written);
          text.text(written);
        }
        previous = written.charAt(written.length() - 1);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (VERBATIM.contains(element.normalName())) {
          verbatimDepth--;
        }
        if (element.isBlock()) {
          previous = NONE;
        }
      }
    }
  }

  /** One run over a text, addresses copied as they are and prose set character by character. */
  private static final class Setter {

    private final char before;
    private final StringBuilder out = new StringBuilder();

    /**
     * @param before the character just before this text ({@code NONE} at the start of a block)
     */
    Setter(char before) {
      this.before = before;
    }

    String set(String text) {
      if (!mayHoldAddress(text)) {
        prose(text, 0, text.length());
        return out.toString();
      }
      Matcher address = ADDRESS.matcher(text);
      int from = 0;
      while (address.find()) {
        prose(text, from, address.start());
        out.append(address.group());
        from = address.end();
      }
      prose(text, from, text.length());
      return out.toString();
    }

    private void prose(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : NONE;
        switch (c) {
          case ';', '!', '?' -> {
            if (next == NONE || isSpace(next) || AFTER_PUNCTUATION.indexOf(next) >= 0) {
              spaceBefore(NARROW_NBSP, ";!?:");
            }
            out.append(c);
          }
          // Only a colon followed by a space: 10:30, http: and a:b are not punctuation.
          case ':' -> {
            if (next == NONE || isSpace(next)) {
              spaceBefore(NBSP, ";!?:");
            }
            out.append(c);
          }
          case '«' -> {
            out.append(c).append(NBSP);
            while (i + 1 < to && isSpace(text.charAt(i + 1))) {
              i++;
            }
          }
          case '»' -> {
            spaceBefore(NBSP, "");
            out.append(c);
          }
          case '\'' -> out.append(Character.isLetter(last()) ? '’' : c);
          case '-' ->
              out.append(isSpace(last()) && next == ' ' && isWord(beforeSpaces()) ? '–' : c);
          default -> out.append(c);
        }
      }
    }

    /**
     * Replaces the spaces just written by {@code space}, or adds it when the punctuation is glued
     * to a word; nothing at the start of a block or after one of {@code noSpaceAfter} (the second
     * mark of "?!" stays glued to the first).
     */
    private void spaceBefore(char space, String noSpaceAfter) {
      int end = out.length();
      while (end > 0 && isSpace(out.charAt(end - 1))) {
        end--;
      }
      char word = end > 0 ? out.charAt(end - 1) : before;
      if (word == NONE || isSpace(word) || noSpaceAfter.indexOf(word) >= 0) {
        return;
      }
      out.setLength(end);
      out.append(space);
    }

    private char last() {
      return out.isEmpty() ? before : out.charAt(out.length() - 1);
    }

    private char beforeSpaces() {
      int end = out.length();
      while (end > 0 && isSpace(out.charAt(end - 1))) {
        end--;
      }
      return end > 0 ? out.charAt(end - 1) : before;
    }

    private static boolean isWord(char c) {
      return Character.isLetterOrDigit(c) || AFTER_PUNCTUATION.indexOf(c) >= 0;
    }
  }

  /**
   * Whether {@code text} has what every address starts with or contains. Most prose has none, and
   * this look is far cheaper than the address pattern, which tries each word as a possible one.
   */
  private static boolean mayHoldAddress(String text) {
    if (text.indexOf('@') >= 0 || text.contains("://")) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("www.") || lower.contains("mailto:");
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == NBSP || c == NARROW_NBSP || c == '\u2009' || c == '\t' || c == '\n';
  }
}
