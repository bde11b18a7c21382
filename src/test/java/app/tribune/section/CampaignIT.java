package app.tribune.section;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The demo's Lent campaign section, which opens as a landing page. */
class CampaignIT {

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());
  private final DemoSite demo = DemoSite.content();
  private final DemoSite.Section campaign =
      demo.sections().stream().filter(DemoSite.Section::campaign).findFirst().orElseThrow();

  @Test
  void theCampaignOpensOnItsBannerAndItsCallToAction() {
    Document page = web.page("/section/" + campaign.slug());

    Element hero = page.selectFirst(".campaign-hero");
    Element banner = hero.selectFirst("img.hero-image");
    assertThat(banner.attr("width")).isEqualTo("1440");
    assertThat(banner.attr("height")).isEqualTo("540");
    assertThat(banner.attr("srcset")).endsWith(" 1440w");
    assertThat(banner.attr("alt")).startsWith("Illustration\u00a0: ");
    assertThat(web.get(banner.attr("src")).headers().firstValue("Content-Type"))
        .hasValue("image/png");
    assertThat(hero.selectFirst("h1").text()).isEqualTo(campaign.name().replace('\u00a0', ' '));
    Element action = hero.selectFirst("a.call-to-action");
    assertThat(action.attr("href")).isEqualTo(demo.sectionField(campaign.key(), "callToActionUrl"));
    assertThat(action.text()).isEqualTo(demo.sectionField(campaign.key(), "callToActionLabel"));
  }

  @Test
  void itListsTheCampaignsArticlesAndItsComingEvents() {
    Document page = web.page("/section/" + campaign.slug());

    assertThat(page.selectFirst("#articles-title").text())
        .isEqualTo("Les publications de la campagne");
    assertThat(page.select(".listing article.teaser h3 a").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(
            demo.publishedIn(campaign.key(), "fr").stream().map(DemoSite.Article::path).toList());
    List<String> coming =
        demo.events().stream()
            .filter(event -> campaign.key().equals(event.section()) && event.inDays() > 0)
            .map(DemoSite.Event::path)
            .toList();
    assertThat(coming).isNotEmpty();
    assertThat(page.select(".campaign-events .event-title").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(coming);
    assertThat(page.select(".campaign-events .event-when").eachAttr("datetime"))
        .isSortedAccordingTo(String::compareTo);
  }

  @Test
  void theToolsAreTheFilesAttachedToTheCampaignsArticlesAndHiddenWhenThereAreNone() {
    List<String> files =
        demo.publishedIn(campaign.key(), "fr").stream()
            .flatMap(article -> article.attachments().stream())
            .distinct()
            .toList();

    Document page = web.page("/section/" + campaign.slug());

    if (files.isEmpty()) {
      assertThat(page.select(".campaign-tools")).isEmpty();
      return;
    }
    List<Element> tools = page.select(".campaign-tools .downloads li");
    assertThat(tools).hasSize(files.size());
    // "PDF · 240 ko": the kind from the file's name, then its size.
    assertThat(tools)
        .extracting(tool -> tool.selectFirst(".meta").text().split(" · ")[0])
        .containsExactlyInAnyOrderElementsOf(
            files.stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT))
                .toList());
    assertThat(tools)
        .allSatisfy(
            tool -> assertThat(tool.selectFirst(".meta").text()).matches(".+ · [0-9,.]+ (ko|Mo)"));
    for (Element tool : tools) {
      assertThat(web.get(tool.selectFirst("a").attr("href")).statusCode()).isEqualTo(200);
      // wholeText: text() would read the no-break spaces as ordinary ones.
      String title = tool.selectFirst("a").wholeText();
      assertThat(title).as("the French way, as on the article page").doesNotContain("« ", " »");
    }
  }

  @Test
  void ordinarySectionsKeepThePlainLayout() {
    Document analyses = web.page("/section/analyses");

    assertThat(analyses.select(".campaign-hero, .call-to-action, .campaign-events")).isEmpty();
    assertThat(analyses.selectFirst("h1").text()).isEqualTo("Analyses");
  }

  @Test
  void theCampaignSpeaksTheReadersLanguageAndSetsNoCookie() {
    HttpResponse<String> response = web.get("/nl/section/" + campaign.slug());
    Document dutch = web.page("/nl/section/" + campaign.slug());

    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(dutch.selectFirst("h1").text()).isEqualTo("Vastencampagne: Land om van te leven");
    assertThat(dutch.selectFirst("#campaign-events-title").text())
        .isEqualTo("Activiteiten van de campagne");
  }
}
