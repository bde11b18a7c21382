package app.tribune.newsletter.sending;

import app.tribune.platform.i18n.Language;
import app.tribune.platform.text.Typography;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Renders an issue for one recipient (or for the web, without personal links) from Thymeleaf
 * templates, which escape everything they print. What every reader of a language shares, the
 * introduction and the items ({@code issue-body.html}, {@code issue-body.txt}), is rendered once
 * per language ({@link #prepare}); each copy then renders only its frame ({@code issue.html},
 * {@code issue.txt}): greeting, footer and personal links around that body. The stylesheet {@code
 * issue.css} is written once and copied into style attributes when the templates load, so mail
 * programs that drop {@code <style>} still show the layout and no render pays for it.
 *
 * <p>A subscriber's copy goes further: the frame too is rendered once per language, with markers
 * where the greeting and the personal links go ({@link Stencil}); each copy then only fills in
 * those three values, escaped as the templates escape them.
 */
@ApplicationScoped
public class IssueRenderer {

  static final String BUNDLE = "app.tribune.newsletter.sending.issue";
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  // Those of a language's copies, the greeting without a name among them.
  private static final String[] FIXED_TEXTS = {
    "number", "web", "why", "preferences", "unsubscribe", "greeting"
  };

  // Where a subscriber's copy differs from the next one's: its greeting (slot 0, passed on its
  // own) and its two links, in the order Stencil.fill takes their values.
  private static final Personal MARKERS = new Personal(null, Stencil.marker(1), Stencil.marker(2));
  private static final int SLOTS = 3;

  private final TemplateEngine html = engine(TemplateMode.HTML);
  private final TemplateEngine text = engine(TemplateMode.TEXT);
  private final String htmlFrame = inlineStyles(resource("issue.html"), resource("issue.css"));
  private final String htmlBody =
      inlineStylesInFragment(resource("issue-body.html"), resource("issue.css"));
  private final String textFrame = resource("issue.txt");
  private final String textBody = resource("issue-body.txt");

  /** The links a subscriber's copy carries and the web version does not. */
  public record Personal(String name, String preferencesUrl, String unsubscribeUrl) {}

  /** Both parts of one copy of an issue, and the subject it goes under. */
  public record Rendered(String subject, String html, String text) {}

  /** A copy ready to be mailed: both parts already quoted-printable, as UTF-8. */
  public record Encoded(String subject, byte[] html, byte[] text) {

    /** A copy rendered in full, encoded as a whole. */
    public static Encoded of(Rendered copy) {
      return new Encoded(
          copy.subject(), QuotedPrintable.encode(copy.html()), QuotedPrintable.encode(copy.text()));
    }
  }

  /**
   * An issue rendered as far as it can be without knowing its reader, in one language; with the
   * stencils of a subscriber's copy unless the issue's own text got in their way.
   */
  record Prepared(
      IssueContent issue,
      Language language,
      Map<String, String> texts,
      String bodyHtml,
      String bodyText,
      Optional<Stencil> htmlCopy,
      Optional<Stencil> textCopy) {}

  /** What all readers of {@code issue} in {@code language} share, rendered once for them all. */
  Prepared prepare(IssueContent issue, Language language) {
    Map<String, String> texts = new HashMap<>();
    for (String key : FIXED_TEXTS) {
      texts.put(key, text(language, key, issue.siteName(), issue.number()));
    }
    Context context = context(issue, language, texts);
    String bodyHtml = html.process(htmlBody, context);
    String bodyText = text.process(textBody, context);
    Rendered marked = frame(issue, context, bodyHtml, bodyText, MARKERS, Stencil.marker(0));
    return new Prepared(
        issue,
        language,
        Map.copyOf(texts),
        bodyHtml,
        bodyText,
        Stencil.of(marked.html(), SLOTS),
        Stencil.of(marked.text(), SLOTS));
  }

  /**
   * One copy of {@code issue} with its fixed texts in {@code language}.
   *
   * @param personal the recipient's name and links, or {@code null} for the web version
   */
  public Rendered render(IssueContent issue, Language language, Personal personal) {
    return render(prepare(issue, language), personal);
  }

  /**
   * One copy of a prepared issue.
   *
   * @param personal the recipient's name and links, or {@code null} for the web version
   */
  Rendered render(Prepared prepared, Personal personal) {
    String greeting = greeting(prepared, personal);
    if (personal != null && prepared.htmlCopy().isPresent() && prepared.textCopy().isPresent()) {
      return new Rendered(
          prepared.issue().subject(),
          prepared.htmlCopy().get().fill(htmlValues(greeting, personal)),
          prepared.textCopy().get().fill(textValues(greeting, personal)));
    }
    return frame(
        prepared.issue(),
        context(prepared.issue(), prepared.language(), prepared.texts()),
        prepared.bodyHtml(),
        prepared.bodyText(),
        personal,
        greeting);
  }

  /** A subscriber's copy of a prepared issue, ready to be mailed. */
  Encoded encode(Prepared prepared, Personal personal) {
    if (prepared.htmlCopy().isEmpty() || prepared.textCopy().isEmpty()) {
      return Encoded.of(render(prepared, personal));
    }
    String greeting = greeting(prepared, personal);
    return new Encoded(
        prepared.issue().subject(),
        prepared.htmlCopy().get().fillEncoded(htmlValues(greeting, personal)),
        prepared.textCopy().get().fillEncoded(textValues(greeting, personal)));
  }

  private static String greeting(Prepared prepared, Personal personal) {
    if (personal == null) {
      return null;
    }
    IssueContent issue = prepared.issue();
    return personal.name() == null
        ? prepared.texts().get("greeting")
        : text(
            prepared.language(),
            "greeting.named",
            issue.siteName(),
            issue.number(),
            personal.name());
  }

  // The values of a stencil's slots, in the order of MARKERS: escaped as the templates escape
  // them for the page, as they are for the plain text.
  private static String[] htmlValues(String greeting, Personal personal) {
    return new String[] {
      HtmlEscape.escapeHtml4Xml(greeting),
      HtmlEscape.escapeHtml4Xml(personal.preferencesUrl()),
      HtmlEscape.escapeHtml4Xml(personal.unsubscribeUrl())
    };
  }

  private static String[] textValues(String greeting, Personal personal) {
    return new String[] {greeting, personal.preferencesUrl(), personal.unsubscribeUrl()};
  }

  private Rendered frame(
      IssueContent issue,
      Context context,
      String bodyHtml,
      String bodyText,
      Personal personal,
      String greeting) {
    context.setVariable("personal", personal);
    context.setVariable("greeting", greeting);
    context.setVariable("body", bodyHtml);
    String page = html.process(htmlFrame, context);
    context.setVariable("body", bodyText);
    String plain = BLANK_LINES.matcher(text.process(textFrame, context)).replaceAll("\n\n");
    return new Rendered(issue.subject(), page, plain.strip() + "\n");
  }

  private static Context context(IssueContent issue, Language language, Map<String, String> texts) {
    Context context = new Context(language.locale());
    context.setVariable("lang", language.code());
    context.setVariable("issue", issue);
    context.setVariable("texts", texts);
    return context;
  }

  /**
   * A test copy for an editor: the subscriber's copy of {@code personal}, its subject marked as a
   * test in the issue's language, so that it cannot be taken for the real send in an inbox.
   */
  public Rendered renderTest(IssueContent issue, Personal personal) {
    Rendered copy = render(issue, issue.language(), personal);
    // Prefixed rather than formatted, so the subject reads exactly as subscribers will get it.
    String prefix = text(issue.language(), "test.prefix", issue.siteName(), issue.number());
    String subject = copy.subject() == null ? prefix : prefix + " " + copy.subject();
    return new Rendered(subject, copy.html(), copy.text());
  }

  /**
   * A text of the newsletter bundle in {@code language}: {0} is the site's name, {1} the issue's
   * number, then {@code more}; set the French way in French.
   */
  static String text(Language language, String key, String siteName, int number, Object... more) {
    Object[] arguments = new Object[2 + more.length];
    arguments[0] = siteName;
    arguments[1] = Integer.toString(number);
    System.arraycopy(more, 0, arguments, 2, more.length);
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    String formatted = new MessageFormat(pattern, language.locale()).format(arguments);
    return Typography.in(language, formatted);
  }

  /** Each rule of {@code css} written into the style attribute of the elements it selects. */
  static String inlineStyles(String template, String css) {
    Document document = Jsoup.parse(template);
    inline(document, css);
    return document.outerHtml();
  }

  /** {@link #inlineStyles} for a template that is a piece of a page's body. */
  static String inlineStylesInFragment(String template, String css) {
    Document document = Jsoup.parseBodyFragment(template);
    inline(document, css);
    return document.body().html();
  }

  private static void inline(Document document, String css) {
    document.outputSettings().prettyPrint(false);
    Map<Element, String> own = new HashMap<>();
    for (Element element : document.select("[style]")) {
      own.put(element, element.attr("style"));
      element.removeAttr("style");
    }
    String rules = css.replaceAll("(?s)/\\*.*?\\*/", "");
    for (String rule : rules.split("}")) {
      int open = rule.indexOf('{');
      if (open < 0) {
        continue;
      }
      String declarations =
          rule.substring(open + 1).replaceAll("\\s+", " ").strip().replaceAll("\\s*;\\s*$", "");
      for (Element element : document.select(rule.substring(0, open).strip())) {
        appendStyle(element, declarations);
      }
    }
    own.forEach(IssueRenderer::appendStyle);
  }

  private static void appendStyle(Element element, String declarations) {
    String style = element.attr("style");
    element.attr("style", style.isEmpty() ? declarations : style + ";" + declarations);
  }

  private static TemplateEngine engine(TemplateMode mode) {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(mode);
    // The template's text is its cache key: parsed once, rendered as often as there are readers.
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static String resource(String name) {
    try (InputStream in = IssueRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the sending package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
