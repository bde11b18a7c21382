package app.tribune.demo;

import app.tribune.article.Article;
import app.tribune.article.ArticleStatus;
import app.tribune.article.ArticleType;
import app.tribune.author.Author;
import app.tribune.author.AuthorKind;
import app.tribune.event.Event;
import app.tribune.media.MediaAsset;
import app.tribune.media.MediaContent;
import app.tribune.newsletter.NewsletterIssue;
import app.tribune.newsletter.building.IssueItems;
import app.tribune.partner.Partner;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.text.Slugs;
import app.tribune.platform.text.Typography;
import app.tribune.section.Section;
import app.tribune.site.SiteSettings;
import app.tribune.tag.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo site (a fictional Belgian NGO, {@code demo/content.json}) into an empty database,
 * so a newcomer's first start shows a living site. Dates are relative to the day of loading, so the
 * events are always ahead and the oldest articles always old enough for the archive job; a few of
 * them arrive already archived, so the archive pages have something to show from the first start.
 * Images are drawn by code: nothing is downloaded.
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final String RESOURCE = "/demo/content.json";
  private static final String LOADED_BY = "demo";
  private static final int IMAGE_WIDTH = 960;
  private static final int IMAGE_HEIGHT = 540;
  private static final int LOGO_SIZE = 240;
  private static final int SCHEDULED_IN_DAYS = 3;
  private static final int HERO_WIDTH = 1440;
  private static final int HERO_HEIGHT = 540;
  // One colour per section, so each section's illustrations share a mood.
  private static final List<String> PALETTE =
      List.of(
          "#2E7D5B", "#B5651D", "#3F6FB5", "#8E3B8C", "#C0392B", "#00897B", "#6D8B2F", "#D08A00");

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "tribune.demo.content", defaultValue = "true")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private final Clock clock = Clock.systemUTC();

  /** Loads the demo site unless disabled or the database already has content. */
  @Transactional
  public void loadIfEmpty() {
    if (!enabled || hasContent()) {
      return;
    }
    JsonObject content = read();
    Instant now = clock.instant();
    new Loader(now, LocalDate.now(clock.withZone(ZoneId.of(timeZone)))).load(content);
    LOG.info(
        () ->
            String.format(
                "Demo content loaded: %d articles, %d sections, %d events",
                content.getJsonArray("articles").size(),
                content.getJsonArray("sections").size(),
                content.getJsonArray("events").size()));
  }

  private boolean hasContent() {
    return em.createQuery("SELECT COUNT(s) FROM Section s", Long.class).getSingleResult() > 0
        || em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult() > 0;
  }

  private static JsonObject read() {
    try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("The demo content cannot be read", e);
    }
  }

  /** One loading run: the entities created so far, by their key in the content file. */
  private final class Loader {
    private final Instant now;
    private final LocalDate today;
    private final Map<String, Author> authors = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, String> sectionColours = new LinkedHashMap<>();

    /** The pictures drawn for original articles, by key, which their translations show too. */
    private final Map<String, byte[]> illustrations = new LinkedHashMap<>();

    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();

    Loader(Instant now, LocalDate today) {
      this.now = now;
      this.today = today;
    }

    void load(JsonObject content) {
      objects(content, "partners").forEach(this::partner);
      objects(content, "authors").forEach(this::author);
      objects(content, "sections").forEach(this::section);
      objects(content, "tags").forEach(this::tag);
      objects(content, "articles").forEach(this::article);
      // Links between articles need every article to exist first.
      objects(content, "articles").forEach(this::linkArticle);
      objects(content, "events").forEach(this::event);
      List<JsonObject> newsletters = objects(content, "newsletters");
      for (int i = 0; i < newsletters.size(); i++) {
        newsletter(i + 1, newsletters.get(i));
      }
      site(content.getJsonObject("site"));
    }

    private void partner(JsonObject json) {
      Partner partner = new Partner(json.getString("name"));
      partner.setFunder(true);
      partner.setUrl(text(json, "url"));
      partner.setDescription(text(json, "description"));
      partner.setPosition(partners.size());
      partner.setLogo(logo(json));
      em.persist(partner);
      partners.put(json.getString("key"), partner);
    }

    private MediaAsset logo(JsonObject json) {
      return logo(
          json.getString("key"),
          json.getString("initials"),
          json.getString("color"),
          json.getString("name"));
    }

    private MediaAsset logo(String key, String initials, String color, String name) {
      try {
        byte[] png = DemoImages.logo(initials, color, LOGO_SIZE);
        return image("logo-" + key + ".png", png, LOGO_SIZE, LOGO_SIZE, name);
      } catch (RuntimeException | InternalError | LinkageError e) {
        // Drawing initials needs fonts; a server without any still gets its demo site, with the
        // funders shown by name.
        LOG.log(Level.WARNING, "No font to draw the demo logos; funders will show their names", e);
        return null;
      }
    }

    private void author(JsonObject json) {
      Author author =
          new Author(
              json.getString("name"),
              Slugs.slugify(json.getString("name")),
              AuthorKind.valueOf(json.getString("kind")));
      author.setBio(text(json, "bio"));
      author.setWebsite(text(json, "website"));
      em.persist(author);
      authors.put(json.getString("key"), author);
    }

    private void section(JsonObject json) {
      Section section = new Section(json.getString("name"), json.getString("slug"));
      json.getJsonObject("names")
          .forEach(
              (code, name) ->
                  section.setLocalizedName(
                      Language.fromCode(code), ((JsonString) name).getString()));
      section.setDescription(text(json, "description"));
      section.setSortOrder(sections.size());
      section.setCampaign(json.getBoolean("campaign", false));
      section.setCallToActionLabel(text(json, "callToActionLabel"));
      section.setCallToActionUrl(text(json, "callToActionUrl"));
      section.setPartners(resolve(json, "partners", partners::get));
      String parent = text(json, "parent");
      if (parent != null) {
        section.setParent(sections.get(parent));
      }
      String colour = PALETTE.get(sectionColours.size() % PALETTE.size());
      if (section.isCampaign()) {
        // A campaign's landing page opens on a wide banner in the campaign's colour.
        section.setHeroImage(
            image(
                section.getSlug() + "-banner.png",
                DemoImages.illustration(section.getSlug(), colour, HERO_WIDTH, HERO_HEIGHT),
                HERO_WIDTH,
                HERO_HEIGHT,
                illustrationOf(section.getName(), Language.FR)));
      }
      em.persist(section);
      sections.put(json.getString("key"), section);
      sectionColours.put(json.getString("key"), colour);
    }

    private void tag(JsonObject json) {
      Tag tag = new Tag(json.getString("name"), json.getString("slug"));
      em.persist(tag);
      tags.put(json.getString("slug"), tag);
    }

    private void article(JsonObject json) {
      String sectionKey = json.getString("section");
      Article article =
          new Article(json.getString("title"), json.getString("slug"), sections.get(sectionKey));
      article.setType(ArticleType.valueOf(json.getString("type")));
      article.setSurtitle(text(json, "surtitle"));
      article.setSubtitle(text(json, "subtitle"));
      article.setLead(text(json, "lead"));
      article.setBody(text(json, "body"));
      article.setPs(text(json, "ps"));
      article.setLanguage(Language.fromCode(json.getString("language")));
      article.setAuthors(resolve(json, "authors", authors::get));
      article.setTags(resolve(json, "tags", tags::get));
      article.setPartners(resolve(json, "partners", partners::get));
      article.setPinned(json.getBoolean("pinned", false));
      article.setFeatured(json.getBoolean("featured", false));
      Instant published = now.minus(Duration.ofDays(json.getInt("daysAgo")));
      article.markCreated(LOADED_BY, published);
      workflow(article, json.getString("status", "PUBLISHED"), published);
      article.setAttachments(objects(json, "attachments").stream().map(this::document).toList());
      // Translations show their original's illustration, drawn once.
      if (json.isNull("translationOf")) {
        byte[] png =
            DemoImages.illustration(
                json.getString("slug"), sectionColours.get(sectionKey), IMAGE_WIDTH, IMAGE_HEIGHT);
        illustrations.put(json.getString("key"), png);
        article.setFeaturedImage(illustration(article, png));
      }
      em.persist(article);
      articles.put(json.getString("key"), article);
    }

    /**
     * Takes the article where the content file says it stands, the way editors would: the demo
     * shows every status, and readers must see only the published and archived articles.
     */
    private void workflow(Article article, String status, Instant created) {
      switch (ArticleStatus.valueOf(status)) {
        case PUBLISHED -> article.publish(created);
        case ARCHIVED -> {
          article.publish(created);
          article.archive(now);
        }
        case SCHEDULED -> article.schedule(now.plus(Duration.ofDays(SCHEDULED_IN_DAYS)), now);
        case REJECTED -> {
          article.submitForReview();
          article.reject("Le propos est à resserrer : deux pages au plus.");
        }
        case IN_REVIEW -> article.submitForReview();
        case TRASHED -> article.trash(now);
        case DRAFT -> {
          // A new article is a draft already.
        }
      }
    }

    /** A downloadable document: a one-page PDF, or a CSV table with one row per line. */
    private MediaAsset document(JsonObject json) {
      String name = json.getString("name");
      String type = json.getString("type");
      List<String> text = json.getJsonArray("text").getValuesAs(JsonString::getString);
      byte[] bytes =
          "text/csv".equals(type)
              ? String.join("\r\n", text).concat("\r\n").getBytes(StandardCharsets.UTF_8)
              : DemoDocuments.pdf(json.getString("title"), text);
      MediaAsset asset = new MediaAsset(name, type, bytes.length, sha256(bytes), LOADED_BY, now);
      asset.setCaption(json.getString("title"));
      em.persist(asset);
      em.persist(new MediaContent(asset, bytes));
      return asset;
    }

    private void linkArticle(JsonObject json) {
      Article article = articles.get(json.getString("key"));
      article.setRelated(resolve(json, "related", articles::get));
      String original = text(json, "translationOf");
      if (original != null) {
        article.makeTranslationOf(articles.get(original));
        // The same picture, described in the translation's language.
        article.setFeaturedImage(illustration(article, illustrations.get(original)));
      }
    }

    private void event(JsonObject json) {
      LocalDate day = today.plusDays(json.getInt("inDays"));
      boolean allDay = json.getBoolean("allDay", false);
      LocalTime time = allDay ? LocalTime.of(9, 0) : LocalTime.parse(json.getString("startTime"));
      Instant starts = day.atTime(time).atZone(ZoneId.of(timeZone)).toInstant();
      long minutes = Math.round(json.getJsonNumber("durationHours").doubleValue() * 60);
      Event event =
          new Event(
              json.getString("title"),
              json.getString("slug"),
              starts,
              starts.plus(Duration.ofMinutes(minutes)));
      event.setAllDay(allDay);
      event.setPlace(text(json, "place"));
      event.setAddress(text(json, "address"));
      event.setOnlineUrl(text(json, "onlineUrl"));
      event.setCancelled(json.getBoolean("cancelled", false));
      event.setDescription(text(json, "description"));
      String section = text(json, "section");
      if (section != null) {
        event.setSection(sections.get(section));
      }
      event.markCreated(now);
      em.persist(event);
    }

    /**
     * A past issue, sent on the day the file says, so the public archive and its feed show what the
     * infolettre looks like. Its items are made as the newsletter job makes them: grouped by
     * section, each with its article's title and lead.
     */
    private void newsletter(int number, JsonObject json) {
      int daysAgo = json.getInt("sentDaysAgo");
      Instant sent = now.minus(Duration.ofDays(daysAgo));
      NewsletterIssue issue =
          new NewsletterIssue(number, YearMonth.from(today.minusDays(daysAgo)), sent);
      issue.setLanguage(Language.FR);
      issue.setSubject(json.getString("subject"));
      issue.setIntroduction("<p>" + json.getString("introduction") + "</p>");
      IssueItems.of(resolve(json, "articles", articles::get), List.of(), ZoneId.of(timeZone))
          .forEach(issue::addItem);
      issue.markReady(sent);
      issue.startSending(0, sent);
      issue.markSent(sent);
      em.persist(issue);
    }

    private void site(JsonObject json) {
      SiteSettings site = em.find(SiteSettings.class, SiteSettings.ID);
      site.setSiteName(json.getString("siteName"));
      site.setTagline(text(json, "tagline"));
      site.setDonateUrl(text(json, "donateUrl"));
      site.setContactEmail(text(json, "contactEmail"));
      site.setPostalAddress(text(json, "postalAddress"));
      site.setFooterText(text(json, "footerText"));
      site.setFacebookUrl(text(json, "facebookUrl"));
      site.setInstagramUrl(text(json, "instagramUrl"));
      site.setLinkedinUrl(text(json, "linkedinUrl"));
      site.setYoutubeUrl(text(json, "youtubeUrl"));
      site.setMastodonUrl(text(json, "mastodonUrl"));
      site.setDefaultPartners(partners.values());
      JsonObject logo = json.getJsonObject("logo");
      site.setLogo(
          logo(
              "site",
              logo.getString("initials"),
              logo.getString("color"),
              json.getString("siteName")));
    }

    private MediaAsset illustration(Article article, byte[] png) {
      return image(
          article.getSlug() + ".png",
          png,
          IMAGE_WIDTH,
          IMAGE_HEIGHT,
          illustrationOf(article.getTitle(), article.getLanguage()));
    }

    /** "Illustration : Le titre", set as its language writes it. */
    private static String illustrationOf(String subject, Language language) {
      return Typography.in(language, Messages.get(language.locale(), "demo.illustration", subject));
    }

    private MediaAsset image(String name, byte[] png, int width, int height, String altText) {
      MediaAsset asset = new MediaAsset(name, "image/png", png.length, sha256(png), LOADED_BY, now);
      asset.setDimensions(width, height);
      asset.setAltText(altText);
      em.persist(asset);
      em.persist(new MediaContent(asset, png));
      return asset;
    }
  }

  private static List<JsonObject> objects(JsonObject json, String name) {
    JsonArray array = json.getJsonArray(name);
    return array == null ? List.of() : array.getValuesAs(JsonObject.class);
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonString) value).getString();
  }

  private static <T> List<T> resolve(JsonObject json, String name, Function<String, T> byKey) {
    JsonArray keys = json.getJsonArray(name);
    return keys == null
        ? List.of()
        : keys.getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .map(byKey)
            .toList();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
