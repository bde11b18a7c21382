package app.tribune.newsletter.web;

import app.tribune.newsletter.NewsletterLinks;
import app.tribune.newsletter.SignedTokens.Purpose;
import app.tribune.platform.i18n.Language;
import app.tribune.section.Section;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subscription form as {@code /WEB-INF/includes/newsletter-form.xhtml} shows it on any page: a
 * fresh form token, the topics to choose from and, after a refused submission, what the reader
 * typed and what was wrong with it.
 */
@Named
@RequestScoped
public class NewsletterForm {

  /**
   * How long a form may wait between being shown and being sent, at least. Long, since a page can
   * be served from the page cache or a browser's for a while before the reader fills it in.
   */
  static final Duration VALIDITY = Duration.ofHours(24);

  @Inject private NewsletterLinks links;
  @Inject private SiteView site;

  private String token;
  private String email;
  private String name;
  private Language language;
  private Set<Long> topicIds = Set.of();
  private Map<String, String> errors = new LinkedHashMap<>();

  public String getToken() {
    if (token == null) {
      // The same token for a whole hour: pages rendered again stay identical, so their ETag holds.
      Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
      token =
          links.tokens().issueUntil(Purpose.FORM, 0, hour.plus(VALIDITY).plus(1, ChronoUnit.HOURS));
    }
    return token;
  }

  public List<Section> getTopics() {
    return site.getNavigation();
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  /** What was typed, kept for the reader to correct. */
  void keep(String email, String name, Set<Long> topicIds, Language language) {
    this.email = email;
    this.name = name;
    this.topicIds = topicIds;
    this.language = language;
  }

  void refuse(Map<String, String> errors) {
    this.errors = new LinkedHashMap<>(errors);
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public boolean isChosen(Section topic) {
    return topicIds.contains(topic.getId());
  }

  /** The language asked for, or the page's. */
  public Language getLanguage() {
    return language == null ? site.getLanguage() : language;
  }

  /** Message keys by field name ({@code email}, {@code name}, {@code form}). */
  public Map<String, String> getErrors() {
    return errors;
  }
}
