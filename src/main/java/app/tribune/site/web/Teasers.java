package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.platform.text.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The short text under a teaser's title: the article's lead, or else the start of its body. */
@Named
@ApplicationScoped
public class Teasers {

  /** Characters of body text a teaser shows when the article has no lead. */
  static final int SUMMARY_LENGTH = 240;

  static final String ELLIPSIS = " (...)";

  /**
   * The lead when the editor wrote one; otherwise the body's text cut at a word. The body is read
   * only then, so lists of articles with leads never load bodies.
   */
  public String summary(Article article) {
    String lead = article.getLead();
    return lead != null && !lead.isBlank()
        ? lead.strip()
        : cut(RichText.toPlainText(article.getBody()), SUMMARY_LENGTH);
  }

  /**
   * {@code text} if it has at most {@code max} characters; otherwise its longest start of at most
   * {@code max} characters that ends with a whole word, followed by {@value #ELLIPSIS}.
   * Non-breaking spaces (French typography puts them before {@code : ; ! ?} and inside « ») hold
   * their neighbours together, so a cut never leaves a colon or a quote alone at the start of a
   * line.
   */
  public static String cut(String text, int max) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int end = max;
    while (end > 0 && !isBreak(stripped.charAt(end))) {
      end--;
    }
    if (end == 0) {
      // One word longer than the whole teaser: cut it, but never between the halves of a
      // character outside the Basic Multilingual Plane.
      end = Character.isLowSurrogate(stripped.charAt(max)) ? max - 1 : max;
    }
    int kept = end;
    while (kept > 0 && isDangling(stripped.charAt(kept - 1))) {
      kept--;
    }
    return stripped.substring(0, kept) + ELLIPSIS;
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c);
  }

  /** Punctuation and spaces that would end the teaser on a pause rather than a word. */
  private static boolean isDangling(char c) {
    return Character.isSpaceChar(c) || Character.isWhitespace(c) || ",;:-–—".indexOf(c) >= 0;
  }
}
