package app.tribune.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The corpus of hostile rich text in {@code xss/vectors.txt}, and what must never come out of it on
 * a page: script, event handlers, {@code javascript:} and {@code data:} addresses, styles, frames
 * and the like.
 */
final class XssVectors {

  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "link",
          "meta",
          "form",
          "input",
          "button",
          "select",
          "textarea",
          "svg",
          "math",
          "template",
          "video",
          "audio",
          "source",
          "portal",
          "noscript",
          "details",
          "marquee");

  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "srcset",
          "action",
          "formaction",
          "xlink:href",
          "background",
          "dynsrc",
          "lowsrc",
          "data",
          "poster",
          "ping",
          "srcdoc");

  /** Whitespace and control characters browsers skip inside a scheme ("jav&#9;ascript:"). */
  private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\p{Cntrl}]+");

  private XssVectors() {}

  static List<String> all() {
    try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
      List<String> vectors = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          vectors.add(line);
        }
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is dangerous in the rendered element, one line each; empty when it is safe. */
  static List<String> dangers(Element rendered) {
    List<String> found = new ArrayList<>();
    for (Element element : rendered.getAllElements()) {
      if (FORBIDDEN_ELEMENTS.contains(element.normalName())) {
        found.add("element " + element.normalName());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add("handler " + name);
        }
        if (name.equals("style")) {
          found.add("style attribute");
        }
        if (URL_ATTRIBUTES.contains(name) && dangerousUrl(attribute.getValue())) {
          found.add(name + "=" + attribute.getValue());
        }
      }
    }
    return found;
  }

  private static boolean dangerousUrl(String url) {
    String compact = IGNORED_IN_SCHEME.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    return compact.startsWith("javascript:")
        || compact.startsWith("data:")
        || compact.startsWith("vbscript:")
        || compact.startsWith("livescript:")
        || compact.startsWith("mocha:");
  }
}
