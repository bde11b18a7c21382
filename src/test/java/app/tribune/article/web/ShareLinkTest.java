package app.tribune.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShareLinkTest {

  private static final String URL = "https://example.org/articles/l-eau?x=1&y=2#top";
  private static final String TITLE = "L’eau & la terre : « 100 % » pour tous ?";

  private final List<ShareLink> links = ShareLink.of(URL, TITLE, "E-mail");

  @Test
  void eachNetworkGetsTheAddressAndTitleIntactOnceDecoded() {
    Map<String, Map<String, String>> queries =
        links.stream().collect(Collectors.toMap(ShareLink::network, link -> query(link.href())));

    assertThat(queries.get("facebook")).containsEntry("u", URL);
    assertThat(queries.get("x")).containsEntry("url", URL).containsEntry("text", TITLE);
    assertThat(queries.get("linkedin")).containsEntry("url", URL);
    assertThat(queries.get("whatsapp")).containsEntry("text", TITLE + " " + URL);
    assertThat(queries.get("email")).containsEntry("subject", TITLE).containsEntry("body", URL);
  }

  @Test
  void linksAreValidAddressesThatGoToTheNetworksOverHttpsOrToTheMailProgram() {
    assertThat(links)
        .extracting(ShareLink::href)
        .allSatisfy(href -> assertThat(URI.create(href)).isNotNull())
        .allSatisfy(href -> assertThat(href).doesNotContain(" ", "+", "#", "«"))
        .allMatch(href -> href.startsWith("https://") || href.startsWith("mailto:?"));
    assertThat(links)
        .extracting(ShareLink::label)
        .containsExactly("Facebook", "X", "LinkedIn", "WhatsApp", "E-mail");
  }

  private static Map<String, String> query(String href) {
    String query = href.substring(href.indexOf('?') + 1);
    return Arrays.stream(query.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }
}
