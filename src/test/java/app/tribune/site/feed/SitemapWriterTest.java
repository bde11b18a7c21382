package app.tribune.site.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapWriterTest {

  private static final Instant MAY = Instant.parse("2024-05-02T09:00:00.123456Z");

  private static Document parse(ByteArrayOutputStream out) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> texts(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(MachineDocuments.SITEMAP_NAMESPACE, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void listsAddressesWithTheirLastChangeInTheSitemapNamespace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SitemapWriter sitemap = SitemapWriter.urlSet(out)) {
      sitemap.add("https://example.org/", MAY);
      sitemap.add("https://example.org/search?q=a&page=2", null);
    }

    Document document = parse(out);
    Element root = document.getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo(MachineDocuments.SITEMAP_NAMESPACE);
    assertThat(root.getLocalName()).isEqualTo("urlset");
    assertThat(
            document.getElementsByTagNameNS(MachineDocuments.SITEMAP_NAMESPACE, "url").getLength())
        .isEqualTo(2);
    assertThat(texts(document, "loc"))
        .containsExactly("https://example.org/", "https://example.org/search?q=a&page=2");
    assertThat(texts(document, "lastmod")).containsExactly("2024-05-02T09:00:00Z");
  }

  @Test
  void anIndexListsSitemaps() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SitemapWriter index = SitemapWriter.index(out)) {
      index.add("https://example.org/sitemap.xml?part=1", MAY);
    }

    Document document = parse(out);

    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(
            document
                .getElementsByTagNameNS(MachineDocuments.SITEMAP_NAMESPACE, "sitemap")
                .getLength())
        .isEqualTo(1);
    assertThat(texts(document, "loc")).containsExactly("https://example.org/sitemap.xml?part=1");
  }

  @Test
  void anEmptySitemapIsStillADocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SitemapWriter.urlSet(out).close();

    assertThat(parse(out).getDocumentElement().getChildNodes().getLength()).isZero();
  }
}
