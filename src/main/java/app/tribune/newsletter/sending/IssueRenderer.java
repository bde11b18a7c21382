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
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders an issue for one recipient (or for the web, without personal links) from two Thymeleaf
 * templates, {@code issue.html} and {@code issue.txt}, which escape everything they print. The
 * stylesheet {@code issue.css} is written once and copied into style attributes when the templates
 * load, so mail programs that drop {@code <style>} still show the layout and no render pays for it.
 */
@ApplicationScoped
public class IssueRenderer {

  static final String BUNDLE = "app.tribune.newsletter.sending.issue";
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private final TemplateEngine html = engine(TemplateMode.HTML);
  private final TemplateEngine text = engine(TemplateMode.TEXT);
  private final String htmlTemplate = inlineStyles(resource("issue.html"), resource("issue.css"));
  private final String textTemplate = resource("issue.txt");

  /** The links a subscriber's copy carries and the web version does not. */
  public record Personal(String name, String preferencesUrl, String unsubscribeUrl) {}

  /** Both parts of one copy of an issue, and the subject it goes under. */
  public record Rendered(String subject, String html, String text) {}

  /**
   * One copy of {@code issue} with its fixed texts in {@code language}.
   *
   * @param personal the recipient's name and links, or {@code null} for the web version
   */
  public Rendered render(IssueContent issue, Language language, Personal personal) {
    Context context = new Context(language.locale());
    Map<String, String> texts = new HashMap<>();
    for (String key : new String[] {"number", "web", "why", "preferences", "unsubscribe"}) {
      texts.put(key, text(language, key, issue.siteName(), issue.number()));
    }
    context.setVariable("lang", language.code());
    context.setVariable("issue", issue);
    context.setVariable("texts", texts);
    context.setVariable("personal", personal);
    context.setVariable(
        "greeting",
        personal == null
            ? null
            : personal.name() == null
                ? text(language, "greeting", issue.siteName(), issue.number())
                : text(
                    language, "greeting.named", issue.siteName(), issue.number(), personal.name()));
    String plain = BLANK_LINES.matcher(text.process(textTemplate, context)).replaceAll("\n\n");
    return new Rendered(issue.subject(), html.process(htmlTemplate, context), plain.strip() + "\n");
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
    return language == Language.FR ? Typography.french(formatted) : formatted;
  }

  /** Each rule of {@code css} written into the style attribute of the elements it selects. */
  static String inlineStyles(String template, String css) {
    Document document = Jsoup.parse(template);
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
    return document.outerHtml();
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
