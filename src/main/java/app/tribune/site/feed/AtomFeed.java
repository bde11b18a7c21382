package app.tribune.site.feed;

import app.tribune.article.Article;
import app.tribune.author.Author;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.text.Typography;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One Atom 1.0 document (RFC 4287) as Rome writes it. Its id is its own absolute address, each
 * entry's id the canonical address of what it announces, so a feed reader that meets the same
 * article in the site feed and in a section feed knows it is one article.
 */
final class AtomFeed {

  static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

  private static final String HTML = "text/html";

  private final Feed feed = new Feed("atom_1.0");
  private final List<Entry> entries = new ArrayList<>();
  private Instant updated;

  /**
   * @param selfUrl the feed's own absolute address, which is also its id
   * @param pageUrl the absolute address of the page the feed follows
   * @param subtitle a line under the title, or {@code null}
   * @param publisher who publishes the feed, the author of entries that name none
   */
  AtomFeed(String selfUrl, String pageUrl, String title, String subtitle, String publisher) {
    feed.setEncoding(StandardCharsets.UTF_8.name());
    feed.setId(selfUrl);
    feed.setTitle(title);
    if (subtitle != null && !subtitle.isBlank()) {
      feed.setSubtitle(content(Content.TEXT, subtitle));
    }
    feed.setAuthors(persons(List.of(publisher)));
    feed.setAlternateLinks(List.of(link("alternate", HTML, pageUrl)));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", selfUrl)));
  }

  /** Adds a published article, found at its canonical absolute address {@code url}. */
  void add(Article article, String url) {
    Language language = article.getLanguage();
    Entry entry =
        entry(url, url, Typography.in(language, article.getTitle()), article.getPublishedAt());
    entry.setUpdated(Date.from(article.getLastModified()));
    mark(article.getLastModified());
    entry.getAlternateLinks().get(0).setHreflang(article.getLanguage().code());
    entry.setAuthors(persons(article.getAuthors().stream().map(Author::getName).toList()));
    if (article.getLead() != null && !article.getLead().isBlank()) {
      entry.setSummary(content(Content.TEXT, Typography.in(language, article.getLead())));
    }
    Category section = new Category();
    section.setTerm(article.getSection().getSlug());
    section.setLabel(article.getSection().getName(article.getLanguage()));
    entry.setCategories(List.of(section));
  }

  /**
   * Adds a sent newsletter issue.
   *
   * @param id the issue's permanent absolute address, the same in every feed language
   * @param url the absolute address where the reader of this feed reads it
   */
  void add(NewsletterIssue issue, String id, String url) {
    // An issue for every subscriber is written in French, the organisation's language.
    Language language = issue.getLanguage() == null ? Language.FR : issue.getLanguage();
    Entry entry = entry(id, url, Typography.in(language, issue.getSubject()), issue.getSentAt());
    entry.setUpdated(Date.from(issue.getSentAt()));
    mark(issue.getSentAt());
    if (issue.getIntroduction() != null && !issue.getIntroduction().isBlank()) {
      // Sanitised when saved, so it can be handed on as HTML.
      entry.setSummary(content(Content.HTML, Typography.htmlIn(language, issue.getIntroduction())));
    }
  }

  /**
   * When the newest entry last changed. An empty feed has never changed: the Atom format still
   * wants a date, and the start of the epoch says so without pretending to a recent change.
   */
  Instant updated() {
    return updated == null ? Instant.EPOCH : updated;
  }

  /** The document, in UTF-8. */
  byte[] toBytes() {
    feed.setUpdated(Date.from(updated()));
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException e) {
      throw new IllegalStateException("The Atom feed " + feed.getId() + " cannot be written", e);
    }
  }

  private Entry entry(String id, String url, String title, Instant published) {
    Entry entry = new Entry();
    entry.setId(id);
    entry.setTitle(title);
    entry.setPublished(Date.from(published));
    entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", HTML, url))));
    entries.add(entry);
    return entry;
  }

  private void mark(Instant changed) {
    if (updated == null || changed.isAfter(updated)) {
      updated = changed;
    }
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static Content content(String type, String value) {
    Content content = new Content();
    content.setType(type);
    content.setValue(value);
    return content;
  }

  private static List<SyndPerson> persons(List<String> names) {
    List<SyndPerson> persons = new ArrayList<>();
    for (String name : names) {
      Person person = new Person();
      person.setName(name);
      persons.add(person);
    }
    return persons;
  }
}
