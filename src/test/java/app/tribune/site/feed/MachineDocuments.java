package app.tribune.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.WebClient;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reading feeds and sitemaps as their consumers do: Atom through Rome, sitemaps through a
 * namespace-aware XML parser, over plain HTTP with the request headers a test chooses.
 */
final class MachineDocuments {

  /**
   * The sitemap protocol's namespace, written out here so the tests do not take the code's word.
   */
  static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private static final HttpClient HTTP = WebClient.plainHttp().build();

  private MachineDocuments() {}

  /** A GET with extra headers given as name, value, name, value… */
  static HttpResponse<String> get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The Atom feed at {@code url}, which must answer 200 with the Atom content type. */
  static Feed atom(String url) {
    HttpResponse<String> response = get(url);
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(mediaType(response)).as(url).isEqualTo("application/atom+xml;charset=utf-8");
    SyndFeedInput input = new SyndFeedInput();
    input.setPreserveWireFeed(true);
    try {
      return (Feed)
          input.build(new InputSource(new StringReader(response.body()))).originalWireFeed();
    } catch (FeedException e) {
      throw new AssertionError(url + " is not a feed Rome can read", e);
    }
  }

  /** The sitemap at {@code url}, which must answer 200 with an XML content type. */
  static Document xml(String url) {
    HttpResponse<String> response = get(url);
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    assertThat(mediaType(response)).as(url).isEqualTo("application/xml;charset=utf-8");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(url + " is not well-formed XML", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code href} of a feed's or entry's link with relation {@code rel}. */
  static String href(List<Link> links, String rel) {
    return links.stream()
        .filter(link -> rel.equals(link.getRel()))
        .map(Link::getHref)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link rel=" + rel));
  }

  /** The elements {@code name} of the sitemap namespace, in document order. */
  static List<Element> sitemapElements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(SITEMAP_NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The text of the one child {@code name} (sitemap namespace) of {@code parent}, or null. */
  static String child(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(SITEMAP_NAMESPACE, name);
    assertThat(nodes.getLength())
        .as(name + " in " + parent.getTextContent())
        .isLessThanOrEqualTo(1);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  /**
   * Whether {@code value} is a W3C Datetime as sitemaps use it: a date, or a date and time with its
   * offset.
   */
  static boolean isW3cDateTime(String value) {
    try {
      if (value.length() == 10) {
        LocalDate.parse(value);
      } else {
        OffsetDateTime.parse(value);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The content type without spaces, in lower case, for comparing. */
  static String mediaType(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .replace(" ", "")
        .toLowerCase(Locale.ROOT);
  }
}
