package app.tribune.newsletter.sending;

import app.tribune.article.Article;
import app.tribune.event.Event;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.NewsletterItem;
import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.web.NewsletterIssueView;
import app.tribune.platform.i18n.Language;
import app.tribune.site.SiteSettings;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * What every recipient of an issue reads, copied out of the entities once per sender so that
 * rendering thousands of mails touches no database and no lazy association.
 *
 * @param preheader the line mail programs show after the subject, or {@code null}
 * @param introductionHtml sanitised HTML, or {@code null}
 * @param introductionText the same as plain text, for the text part
 * @param webUrl the issue's public page, without personal links
 */
public record IssueContent(
    int number,
    Language language,
    String subject,
    String preheader,
    String introductionHtml,
    String introductionText,
    List<Group> groups,
    String siteName,
    String footerText,
    String postalAddress,
    String webUrl) {

  /** Items that follow each other under one heading ("nos projets", "nos évènements"…). */
  public record Group(String heading, List<Item> items) {}

  /**
   * @param url the article's or event's public address, or {@code null} when it has none any more
   */
  public record Item(String title, String teaser, String url) {}

  /** The content of {@code issue}, whose items must be loaded. */
  public static IssueContent of(NewsletterIssue issue, SiteSettings site, NewsletterLinks links) {
    Language language = issue.getLanguage() == null ? Language.FR : issue.getLanguage();
    List<Group> groups =
        NewsletterIssueView.group(issue.getItems()).stream()
            .map(
                run ->
                    new Group(
                        blankToNull(run.heading()),
                        run.items().stream().map(item -> item(item, links)).toList()))
            .toList();
    String introduction = blankToNull(issue.getIntroduction());
    return new IssueContent(
        issue.getNumber(),
        language,
        issue.getSubject(),
        blankToNull(issue.getPreheader()),
        introduction,
        introduction == null ? null : Jsoup.parse(introduction).wholeText().strip(),
        groups,
        site.getSiteName(),
        blankToNull(site.getFooterText()),
        blankToNull(site.getPostalAddress()),
        links.address(language, "/newsletter/issues/" + issue.getNumber()));
  }

  private static Item item(NewsletterItem item, NewsletterLinks links) {
    Article article = item.getArticle();
    Event event = item.getEvent();
    String url = null;
    if (article != null && article.isPubliclyVisible()) {
      url = links.address(article.getLanguage(), "/articles/" + article.getSlug());
    } else if (event != null) {
      url = links.address(event.getLanguage(), "/events/" + event.getSlug());
    }
    return new Item(item.getTitle(), blankToNull(item.getTeaser()), url);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
