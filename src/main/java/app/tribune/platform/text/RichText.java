package app.tribune.platform.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for HTML written in the editor or imported: structure and emphasis survive;
 * scripts, styles, event handlers, frames and links to anything but web pages and mail addresses do
 * not.
 */
public final class RichText {

  private static final String[] ELEMENTS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "sub",
    "sup",
    "abbr",
    "cite",
    "q",
    "code",
    "pre"
  };

  /**
   * Elements after which the plain-text form needs a space, so that words from two paragraphs or
   * cells do not run together.
   */
  private static final Set<String> BREAKING =
      Set.of(
          "p",
          "br",
          "h2",
          "h3",
          "h4",
          "blockquote",
          "ul",
          "ol",
          "li",
          "img",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "hr",
          "pre");

  /** Images come from this site's media library or from another site over HTTPS only. */
  private static final Pattern IMAGE_SOURCE =
      Pattern.compile("(?:https://[^\\s\"'<>]+|/media/[^\\s\"'<>]*)");

  private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,4}");
  private static final Pattern SPAN = Pattern.compile("[1-9][0-9]?");
  private static final Pattern SCOPE = Pattern.compile("row|col|rowgroup|colgroup");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(ELEMENTS)
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          // Links open in the same tab (no target) and never hand the opener or referrer over.
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowAttributes("src")
          .matching(IMAGE_SOURCE)
          .onElements("img")
          .allowAttributes("alt")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(DIMENSION)
          .onElements("img")
          .allowAttributes("title")
          .onElements("abbr")
          .allowAttributes("colspan", "rowspan")
          .matching(SPAN)
          .onElements("th", "td")
          .allowAttributes("scope")
          .matching(SCOPE)
          .onElements("th")
          .toFactory();

  private RichText() {}

  /** The HTML with everything outside the policy removed; never {@code null}. */
  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }

  /**
   * The readable text of the HTML, as it would be sanitised, on one line: for search, feeds, meta
   * descriptions and teasers. Entities are decoded, so the result must be escaped wherever it is
   * written back into HTML.
   */
  public static String toPlainText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(html.length());
    HtmlSanitizer.sanitize(html, POLICY.apply(new TextCollector(text)));
    return WHITESPACE.matcher(text).replaceAll(" ").trim();
  }

  /** Receives what the policy lets through and keeps the text only. */
  private static final class TextCollector implements HtmlStreamEventReceiver {

    private final StringBuilder text;

    TextCollector(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void openDocument() {
      // Nothing to set up: text accumulates in the builder given.
    }

    @Override
    public void closeDocument() {
      // Nothing to flush: every chunk was appended as it came.
    }

    @Override
    public void openTag(String elementName, List<String> attributes) {
      if (BREAKING.contains(elementName)) {
        text.append(' ');
      }
    }

    @Override
    public void closeTag(String elementName) {
      if (BREAKING.contains(elementName)) {
        text.append(' ');
      }
    }

    @Override
    public void text(String chunk) {
      text.append(chunk);
    }
  }
}
