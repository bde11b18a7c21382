package app.tribune.site;

import static app.tribune.testing.LanguageLinks.alternates;
import static app.tribune.testing.LanguageLinks.inEveryLanguage;
import static app.tribune.testing.LanguageLinks.menu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.tribune.testing.DemoSite;
import app.tribune.testing.TribuneServer;
import app.tribune.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code /archive} and its months, on the demo content (some of whose articles are archived). */
class ArchiveIT {

  private static final Pattern MONTH = Pattern.compile("/archive/(\\d{4})/(\\d{2})");
  private static final Pattern COUNT = Pattern.compile("(\\d+)");

  private final TribuneServer server = TribuneServer.shared();
  private final WebClient web = new WebClient(server.baseUrl());
  private final DemoSite demo = DemoSite.content();

  @Test
  void theArchiveCountsEveryPublishedAndArchivedArticleByMonthNewestFirst() {
    Document archive = web.page("/archive");

    List<Element> years = archive.select(".archive-year");
    List<Integer> yearNumbers = new ArrayList<>();
    long total = 0;
    for (Element year : years) {
      List<String> months = year.select(".archive-months a").eachAttr("href");
      assertThat(months).isSortedAccordingTo(Comparator.reverseOrder());
      long sum =
          year.select(".archive-months .count").eachText().stream()
              .mapToLong(ArchiveIT::count)
              .sum();
      assertThat(count(year.selectFirst("h2 .count").text())).isEqualTo(sum);
      Matcher first = MONTH.matcher(months.get(0));
      assertThat(first.matches()).isTrue();
      yearNumbers.add(Integer.parseInt(first.group(1)));
      total += sum;
    }
    assertThat(yearNumbers).isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
    assertThat(total).isEqualTo(demo.visibleArticlesListedIn("fr").size());
  }

  @Test
  void theArchiveIsTitledAndLinkedInEveryLanguage() {
    Document dutch = web.page("/nl/archive");

    assertThat(dutch.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo(dutch.selectFirst("h1").text());
    assertThat(alternates(dutch))
        .containsExactlyEntriesOf(inEveryLanguage(server.baseUrl(), "/archive"));
    assertThat(menu(dutch)).containsExactly(entry("fr", "/archive"), entry("en", "/en/archive"));
    Document month = web.page("/nl/archive/2026/08");
    assertThat(month.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo(month.selectFirst("h1").text());
  }

  @Test
  void eachMonthListsAsManyArticlesAsTheArchiveCountsAllFromThatMonth() {
    for (Element entry : web.page("/archive").select(".archive-months li")) {
      String path = entry.selectFirst("a").attr("href");
      Matcher month = MONTH.matcher(path);
      assertThat(month.matches()).as(path).isTrue();

      List<String> dates =
          allTeasers(path).stream()
              .map(teaser -> teaser.selectFirst("time").attr("datetime"))
              .toList();

      assertThat((long) dates.size()).as(path).isEqualTo(count(entry.selectFirst(".count").text()));
      assertThat(dates)
          .as(path)
          .allMatch(date -> date.startsWith(month.group(1) + "-" + month.group(2)));
      assertThat(dates).as(path).isSortedAccordingTo(Comparator.reverseOrder());
    }
  }

  @Test
  void archivedArticlesAreInTheArchiveAndMarkedAsArchived() {
    List<String> archived =
        demo.visibleArticlesListedIn("fr").stream()
            .filter(DemoSite.Article::archived)
            .map(DemoSite.Article::path)
            .toList();
    assertThat(archived).isNotEmpty();

    List<String> marked = new ArrayList<>();
    List<String> unmarked = new ArrayList<>();
    for (String month : web.page("/archive").select(".archive-months a").eachAttr("href")) {
      for (Element teaser : allTeasers(month)) {
        String href = teaser.selectFirst("h3 a").attr("href");
        boolean badge = !teaser.select(".badge.archived").isEmpty();
        (badge ? marked : unmarked).add(href);
        if (badge) {
          assertThat(teaser.selectFirst(".badge.archived").text()).isEqualTo("Archivé");
        }
      }
    }

    assertThat(marked).containsExactlyInAnyOrderElementsOf(archived);
    assertThat(unmarked)
        .doesNotContainAnyElementsOf(archived)
        .hasSize(demo.visibleArticlesListedIn("fr").size() - archived.size());
  }

  @Test
  void monthsThatCannotExistAreNotFoundAndEmptyOnesSaySo() {
    for (String path :
        List.of(
            "/archive/2026/13",
            "/archive/0000/01",
            "/archive/2026/00",
            "/archive/1899/12",
            "/archive/2026/1")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).contains("Page introuvable");
    }

    Document future = web.page("/archive/2999/12");
    assertThat(future.select("article.teaser")).isEmpty();
    assertThat(future.selectFirst(".empty").text()).isEqualTo("Aucune publication ce mois-là.");
    assertThat(future.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(future.selectFirst("h1").text().replace('\u00a0', ' '))
        .isEqualTo("Archives : décembre 2999");
  }

  @Test
  void hostilePageNumbersShowAPageOrNoneNeverAnErrorNorTheirOwnText() {
    String month = web.page("/archive").selectFirst(".archive-months a").attr("href");
    for (String hostile : List.of("-1", "abc", "\"><script>alert(1)</script>")) {
      HttpResponse<String> response =
          web.get(month + "?page=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));

      assertThat(response.statusCode()).as(hostile).isEqualTo(200);
      assertThat(response.body()).as(hostile).doesNotContain("<script>alert");
    }
    assertThat(web.get(month + "?page=999999").statusCode()).isEqualTo(404);
  }

  @Test
  void theArchiveSpeaksTheReadersLanguage() {
    Document dutch = web.page("/nl/archive");

    assertThat(dutch.selectFirst("h1").text()).isEqualTo("Archief");
    assertThat(dutch.select(".archive-months a").eachAttr("href"))
        .allMatch(href -> href.startsWith("/nl/archive/"));
    assertThat(dutch.select(".archive-months a").eachText())
        .allMatch(
            name ->
                List.of(
                        "Januari",
                        "Februari",
                        "Maart",
                        "April",
                        "Mei",
                        "Juni",
                        "Juli",
                        "Augustus",
                        "September",
                        "Oktober",
                        "November",
                        "December")
                    .contains(name));
    assertThat(dutch.selectFirst(".archive-months .count").text()).contains("publicatie");
  }

  @Test
  void theArchivePagesSetNoCookie() {
    List<String> paths = new ArrayList<>(List.of("/archive", "/nl/archive", "/archive/2999/12"));
    paths.addAll(web.page("/archive").select(".archive-months a").eachAttr("href").subList(0, 3));

    for (String path : paths) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  /** The teasers of every page of a month, following its "next" links; ten at most a page. */
  private List<Element> allTeasers(String path) {
    List<Element> teasers = new ArrayList<>();
    String next = path;
    while (next != null) {
      Document page = web.page(next);
      assertThat(page.select("article.teaser")).as(next).hasSizeLessThanOrEqualTo(10);
      teasers.addAll(page.select("article.teaser"));
      Element nextLink = page.selectFirst("link[rel=next]");
      next = nextLink == null ? null : nextLink.attr("href");
    }
    return teasers;
  }

  private static long count(String text) {
    Matcher matcher = COUNT.matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
