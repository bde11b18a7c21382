package app.tribune.newsletter.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tribune.article.Article;
import app.tribune.event.Event;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.NewsletterItemKind;
import app.tribune.platform.text.Slugs;
import app.tribune.section.Section;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueItemsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Test
  void articlesGoBySectionInTheSitesOrderNewestFirstThenTheAgenda() {
    Section analyses = section("Analyses", 1);
    Section news = section("Actualités", 0);
    Article oldAnalysis = published("Le prix du cacao", analyses, 20);
    Article newAnalysis = published("La dette et le climat", analyses, 2);
    Article newsItem = published("Un nouveau local à Mons", news, 5);
    Event webinar =
        event("Webinaire finance climat", "2026-12-10T18:00:00Z", "2026-12-10T19:00:00Z");
    webinar.setPlace("En ligne");

    List<NewsletterItem> items =
        IssueItems.of(List.of(newAnalysis, newsItem, oldAnalysis), List.of(webinar), BRUSSELS);

    assertThat(items)
        .extracting(
            NewsletterItem::getKind, NewsletterItem::getSectionHeading, NewsletterItem::getTitle)
        .containsExactly(
            tuple(NewsletterItemKind.ARTICLE, "Actualités", "Un nouveau local à Mons"),
            tuple(NewsletterItemKind.ARTICLE, "Analyses", "La dette et le climat"),
            tuple(NewsletterItemKind.ARTICLE, null, "Le prix du cacao"),
            tuple(NewsletterItemKind.EVENT, "Agenda", "Webinaire finance climat"));
    assertThat(items.get(3).getTeaser()).isEqualTo("jeudi 10 décembre 2026, 19:00 · En ligne");
  }

  @Test
  void anEventOnTheFirstOfTheMonthIsOnThe1er() {
    Event market = event("Marché paysan", "2026-10-01T08:00:00Z", "2026-10-01T12:00:00Z");

    assertThat(IssueItems.event(market, null, BRUSSELS).getTeaser())
        .isEqualTo("jeudi 1er octobre 2026, 10:00");
  }

  @Test
  void teasersAreTheLeadsInPlainText() {
    Article article = published("Semences paysannes", section("Analyses", 0), 1);
    article.setLead("<p>Les <strong>semences</strong> &amp; la loi.</p>");

    List<NewsletterItem> items = IssueItems.of(List.of(article), List.of(), BRUSSELS);

    assertThat(items)
        .singleElement()
        .extracting(NewsletterItem::getTeaser)
        .isEqualTo("Les semences & la loi.");
  }

  private static Section section(String name, int order) {
    Section section = new Section(name, name.toLowerCase());
    section.setSortOrder(order);
    return section;
  }

  private static Article published(String title, Section section, int daysAgo) {
    Article article = new Article(title, title.toLowerCase().replace(' ', '-'), section);
    article.publish(NOW.minus(Duration.ofDays(daysAgo)));
    return article;
  }

  private static Event event(String title, String starts, String ends) {
    return new Event(title, Slugs.slugify(title), Instant.parse(starts), Instant.parse(ends));
  }
}
