package app.tribune.site.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tribune.article.Article;
import app.tribune.author.Author;
import app.tribune.author.AuthorKind;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class AtomFeedTest {

  private static final String SITE = "https://example.org";
  private static final Instant MAY = Instant.parse("2024-05-02T09:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-02T09:00:00Z");

  private final Section section = new Section("Analyses", "analyses");

  private static Feed parse(AtomFeed feed) throws Exception {
    SyndFeedInput input = new SyndFeedInput();
    input.setPreserveWireFeed(true);
    return (Feed)
        input.build(new InputSource(new ByteArrayInputStream(feed.toBytes()))).originalWireFeed();
  }

  private static AtomFeed feed() {
    return new AtomFeed(
        SITE + "/nl/feed.xml",
        SITE + "/nl/",
        "Tribune · Alle publicaties",
        "Solidarité",
        "Tribune");
  }

  private Article article(String title, Language language, Instant published) {
    Article article = new Article(title, title.toLowerCase().replace(' ', '-'), section);
    article.setLanguage(language);
    article.markCreated("editor", published);
    article.publish(published);
    return article;
  }

  private static String href(List<Link> links, String rel) {
    return links.stream()
        .filter(link -> rel.equals(link.getRel()))
        .map(Link::getHref)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFeedNamesItselfByItsOwnAddressAndFollowsItsPage() throws Exception {
    Feed feed = parse(feed());

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getId()).isEqualTo(SITE + "/nl/feed.xml");
    assertThat(href(feed.getOtherLinks(), "self")).isEqualTo(SITE + "/nl/feed.xml");
    assertThat(href(feed.getAlternateLinks(), "alternate")).isEqualTo(SITE + "/nl/");
    assertThat(feed.getTitle()).isEqualTo("Tribune · Alle publicaties");
    assertThat(feed.getSubtitle().getValue()).isEqualTo("Solidarité");
    assertThat(feed.getAuthors()).extracting("name").containsExactly("Tribune");
  }

  @Test
  void anArticleEntryCarriesItsCanonicalAddressDatesAuthorsLeadAndSection() throws Exception {
    section.setLocalizedName(Language.NL, "Analyses NL");
    Article article = article("Klimaat en landbouw", Language.NL, MAY);
    article.setAuthors(
        List.of(
            new Author("Anne Dupont", "anne-dupont", AuthorKind.PERSON),
            new Author("Marc Peeters", "marc-peeters", AuthorKind.PERSON)));
    article.setLead("Wat de boeren vragen.");
    article.markUpdated("editor", JUNE);
    AtomFeed atom = feed();
    atom.add(article, SITE + "/nl/articles/klimaat-en-landbouw");

    Entry entry = parse(atom).getEntries().get(0);

    assertThat(entry.getId()).isEqualTo(SITE + "/nl/articles/klimaat-en-landbouw");
    assertThat(href(entry.getAlternateLinks(), "alternate")).isEqualTo(entry.getId());
    assertThat(entry.getAlternateLinks().get(0).getHreflang()).isEqualTo("nl");
    assertThat(entry.getTitle()).isEqualTo("Klimaat en landbouw");
    assertThat(entry.getPublished()).isEqualTo(Date.from(MAY));
    assertThat(entry.getUpdated()).isEqualTo(Date.from(JUNE));
    assertThat(entry.getAuthors())
        .extracting("name")
        .containsExactly("Anne Dupont", "Marc Peeters");
    assertThat(entry.getSummary().getValue()).isEqualTo("Wat de boeren vragen.");
    assertThat(entry.getCategories())
        .extracting("term", "label")
        .containsExactly(tuple("analyses", "Analyses NL"));
  }

  @Test
  void theFeedWasUpdatedWhenItsNewestEntryWas() throws Exception {
    AtomFeed atom = feed();
    atom.add(article("Second", Language.FR, JUNE), SITE + "/articles/second");
    atom.add(article("First", Language.FR, MAY), SITE + "/articles/first");

    Feed feed = parse(atom);

    assertThat(atom.updated()).isEqualTo(JUNE);
    assertThat(feed.getUpdated()).isEqualTo(Date.from(JUNE));
    assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly("Second", "First");
    assertThat(feed.getEntries().get(1).getSummary()).isNull();
  }

  @Test
  void aSentIssueKeepsOneIdInEveryLanguageAndLinksToTheReadersOwn() throws Exception {
    NewsletterIssue issue = new NewsletterIssue(12, YearMonth.of(2024, 5), MAY);
    issue.setSubject("L’infolettre de mai");
    issue.setIntroduction("<p>Bonne lecture&nbsp;!</p>");
    issue.addItem(NewsletterItem.forArticle(null, "Analyses", "Premier", "…"));
    issue.markReady(MAY);
    issue.startSending(10, MAY);
    issue.markSent(JUNE);
    AtomFeed atom = feed();
    atom.add(issue, SITE + "/newsletter/issues/12", SITE + "/nl/newsletter/issues/12");

    Entry entry = parse(atom).getEntries().get(0);

    assertThat(entry.getId()).isEqualTo(SITE + "/newsletter/issues/12");
    assertThat(href(entry.getAlternateLinks(), "alternate"))
        .isEqualTo(SITE + "/nl/newsletter/issues/12");
    assertThat(entry.getTitle()).isEqualTo("L’infolettre de mai");
    assertThat(entry.getPublished()).isEqualTo(Date.from(JUNE));
    assertThat(entry.getSummary().getType()).isEqualTo("html");
    assertThat(entry.getSummary().getValue()).contains("Bonne lecture");
    assertThat(atom.updated()).isEqualTo(JUNE);
  }

  @Test
  void anEmptyFeedIsStillAValidFeedWithADate() throws Exception {
    Feed feed = parse(feed());

    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.EPOCH));
  }
}
