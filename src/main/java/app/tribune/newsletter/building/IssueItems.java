package app.tribune.newsletter.building;

import app.tribune.article.Article;
import app.tribune.event.Event;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.text.RichText;
import app.tribune.section.Section;
import app.tribune.site.web.Formats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The items of a new issue: the articles grouped by section, sections in the site's order and the
 * newest article first in each, then the events, soonest first. The first item of each group
 * carries the group's heading. Headings and dates are in French, the site's own language; the
 * editor rewrites what needs it in the draft.
 */
public final class IssueItems {

  static final String EVENTS_HEADING = "Agenda";

  /** The longest teaser an item holds. */
  static final int TEASER_MAX = 2_000;

  /** The site's own French dates ("jeudi 1er octobre 2026"), then the hour. */
  private static final DateTimeFormatter WHEN =
      new DateTimeFormatterBuilder()
          .append(Formats.fullDate(Locale.FRENCH))
          .appendPattern(", HH:mm")
          .toFormatter(Locale.FRENCH);

  private IssueItems() {}

  /** {@code articles} newest first, {@code events} soonest first. */
  public static List<NewsletterItem> of(List<Article> articles, List<Event> events, ZoneId zone) {
    Map<Section, List<Article>> bySection = new LinkedHashMap<>();
    articles.stream()
        .sorted(
            Comparator.comparing((Article a) -> a.getSection().getSortOrder())
                .thenComparing(a -> a.getSection().getName())
                .thenComparing(Article::getPublishedAt, Comparator.reverseOrder()))
        .forEach(a -> bySection.computeIfAbsent(a.getSection(), s -> new ArrayList<>()).add(a));
    List<NewsletterItem> items = new ArrayList<>();
    bySection.forEach(
        (section, inSection) -> {
          String heading = section.getName(Language.FR);
          for (Article article : inSection) {
            items.add(article(article, heading));
            heading = null;
          }
        });
    String heading = EVENTS_HEADING;
    for (Event event : events) {
      items.add(event(event, heading, zone));
      heading = null;
    }
    return items;
  }

  /** An article's item: its title, and its lead as plain text for the teaser. */
  public static NewsletterItem article(Article article, String heading) {
    return NewsletterItem.forArticle(
        article, heading, article.getTitle(), teaser(article.getLead()));
  }

  /** An event's item: its title, and when and where it takes place for the teaser. */
  public static NewsletterItem event(Event event, String heading, ZoneId zone) {
    String when = WHEN.format(event.getStartsAt().atZone(zone));
    String teaser = event.getPlace() == null ? when : when + " · " + event.getPlace();
    return NewsletterItem.forEvent(event, heading, event.getTitle(), teaser);
  }

  private static String teaser(String lead) {
    if (lead == null) {
      return null;
    }
    String text = RichText.toPlainText(lead).strip();
    return text.length() <= TEASER_MAX ? text : text.substring(0, TEASER_MAX - 1) + "…";
  }
}
