package app.tribune.site.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap (sitemaps.org protocol 0.9) as it goes: each address is on its way to the client
 * before the next is read, so a site of any size is listed in constant memory.
 */
final class SitemapWriter implements AutoCloseable {

  static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String CONTENT_TYPE = "application/xml;charset=UTF-8";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private final String item;

  private SitemapWriter(OutputStream out, String root, String item) throws IOException {
    this.item = item;
    try {
      xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, root);
      xml.writeDefaultNamespace(NAMESPACE);
    } catch (XMLStreamException e) {
      throw new IOException("The sitemap cannot be started", e);
    }
  }

  /** A list of page addresses ({@code <urlset>}). */
  static SitemapWriter urlSet(OutputStream out) throws IOException {
    return new SitemapWriter(out, "urlset", "url");
  }

  /** A list of sitemaps ({@code <sitemapindex>}), for a site with more addresses than one holds. */
  static SitemapWriter index(OutputStream out) throws IOException {
    return new SitemapWriter(out, "sitemapindex", "sitemap");
  }

  /**
   * Adds an absolute address.
   *
   * @param lastModified when what is there last changed, or {@code null} when unknown
   */
  void add(String location, Instant lastModified) throws IOException {
    try {
      xml.writeStartElement(NAMESPACE, item);
      element("loc", location);
      if (lastModified != null) {
        element("lastmod", w3cDateTime(lastModified));
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException("The sitemap cannot be written", e);
    }
  }

  /** Ends the document; the output stream stays open. */
  @Override
  public void close() throws IOException {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("The sitemap cannot be finished", e);
    }
  }

  /** The W3C Datetime form the protocol asks for, to the second, in UTC. */
  static String w3cDateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
