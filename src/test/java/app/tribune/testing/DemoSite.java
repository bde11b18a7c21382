package app.tribune.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the test server's demo content holds, read from the same {@code demo/content.json} the
 * server loads, so tests state their expectations from the data rather than copying it.
 */
public final class DemoSite {

  /** A demo section; {@code parent} is the key of its parent or {@code null}. */
  public record Section(String key, String slug, String name, String parent, boolean campaign) {}

  /**
   * A demo article, with the key of its section, its workflow status ({@code PUBLISHED} unless the
   * file says otherwise), the names of its attachments and, for a translation, its original's key.
   */
  public record Article(
      String key,
      String slug,
      String title,
      String section,
      String language,
      int daysAgo,
      boolean featured,
      String status,
      List<String> attachments,
      String translationOf) {

    /** The text it is a version of: its original's key, or its own for an original. */
    public String text() {
      return translationOf == null ? key : translationOf;
    }

    /** Its address: translations live under their language's prefix. */
    public String path() {
      return ("fr".equals(language) ? "" : "/" + language) + "/articles/" + slug;
    }

    public boolean published() {
      return "PUBLISHED".equals(status);
    }

    public boolean archived() {
      return "ARCHIVED".equals(status);
    }

    /** Whether readers may see it: published or archived; drafts and the like are 404. */
    public boolean visible() {
      return published() || archived();
    }
  }

  /** A demo event, with the key of its section or {@code null}. */
  public record Event(
      String key, String slug, String title, String section, int inDays, boolean cancelled) {

    public String path() {
      return "/events/" + slug;
    }
  }

  private static final DemoSite CONTENT = read();

  private final JsonObject json;
  private final List<Section> sections = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private DemoSite(JsonObject json) {
    this.json = json;
    for (JsonObject section : json.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      sections.add(
          new Section(
              section.getString("key"),
              section.getString("slug"),
              section.getString("name"),
              text(section, "parent"),
              section.getBoolean("campaign", false)));
    }
    for (JsonObject article : json.getJsonArray("articles").getValuesAs(JsonObject.class)) {
      articles.add(
          new Article(
              article.getString("key"),
              article.getString("slug"),
              article.getString("title"),
              article.getString("section"),
              article.getString("language"),
              article.getInt("daysAgo"),
              article.getBoolean("featured", false),
              article.getString("status", "PUBLISHED"),
              article.containsKey("attachments")
                  ? article.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                      .map(attachment -> attachment.getString("name"))
                      .toList()
                  : List.of(),
              text(article, "translationOf")));
    }
    for (JsonObject event : json.getJsonArray("events").getValuesAs(JsonObject.class)) {
      events.add(
          new Event(
              event.getString("key"),
              event.getString("slug"),
              event.getString("title"),
              text(event, "section"),
              event.getInt("inDays"),
              event.getBoolean("cancelled", false)));
    }
  }

  public static DemoSite content() {
    return CONTENT;
  }

  public List<Section> sections() {
    return List.copyOf(sections);
  }

  public Section section(String key) {
    return sections.stream()
        .filter(section -> section.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo section " + key));
  }

  public List<Article> articles() {
    return List.copyOf(articles);
  }

  public Article article(String key) {
    return articles.stream()
        .filter(article -> article.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo article " + key));
  }

  /** The articles readers may see: published or archived. */
  public List<Article> visibleArticles() {
    return articles.stream().filter(Article::visible).toList();
  }

  /**
   * The articles readers may see as lists in {@code language} show them: one version of each text,
   * the one in that language, else the first in the file.
   */
  public List<Article> visibleArticlesListedIn(String language) {
    return listedIn(language, Article::visible);
  }

  private List<Article> listedIn(String language, Predicate<Article> shown) {
    List<Article> candidates = articles.stream().filter(shown).toList();
    return candidates.stream()
        .filter(
            article ->
                article.language().equals(language)
                    || candidates.stream()
                        .filter(other -> other.text().equals(article.text()))
                        .noneMatch(
                            other ->
                                other.language().equals(language)
                                    || candidates.indexOf(other) < candidates.indexOf(article)))
        .toList();
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  /** The keys of a section and of its sub-sections at any depth. */
  public Set<String> withSubSections(String sectionKey) {
    Set<String> keys = new LinkedHashSet<>(List.of(sectionKey));
    boolean grew = true;
    while (grew) {
      grew =
          keys.addAll(
              sections.stream()
                  .filter(section -> keys.contains(section.parent()))
                  .map(Section::key)
                  .collect(Collectors.toSet()));
    }
    return keys;
  }

  /**
   * The published articles (not archived, nor drafts) of a section and its sub-sections, as its
   * page in {@code language} lists them.
   */
  public List<Article> publishedIn(String sectionKey, String language) {
    Set<String> keys = withSubSections(sectionKey);
    return listedIn(language, Article::published).stream()
        .filter(article -> keys.contains(article.section()))
        .toList();
  }

  /** A field of a section, such as its call to action. */
  public String sectionField(String key, String field) {
    return json.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .filter(section -> section.getString("key").equals(key))
        .map(section -> text(section, field))
        .findFirst()
        .orElseThrow();
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : json.getString(name);
  }

  private static DemoSite read() {
    try (InputStream in = DemoSite.class.getResourceAsStream("/demo/content.json");
        JsonReader reader = Json.createReader(in)) {
      return new DemoSite(reader.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
