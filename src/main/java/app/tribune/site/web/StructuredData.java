package app.tribune.site.web;

import app.tribune.article.Article;
import app.tribune.author.Author;
import app.tribune.author.AuthorKind;
import app.tribune.media.MediaAsset;
import app.tribune.site.SiteSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/**
 * JSON-LD (schema.org) for search engines, built with JSON-P so that any text, quotes and angle
 * brackets included, ends up as valid JSON. Pages print it in a {@code <script
 * type="application/ld+json">}, which browsers never run, so the strict script policy allows it.
 */
@Named
@RequestScoped
public class StructuredData {

  public static final String CONTEXT = "https://schema.org";

  /**
   * Looked up once: {@code Json.createObjectBuilder()} and the like search the class path for a
   * provider on every call, which cost pages more than the rest of their rendering.
   */
  public static final JsonProvider JSON = JsonProvider.provider();

  @Inject private SiteView site;
  @Inject private Links links;

  /** The organisation behind the site, for the home page. */
  public String organization() {
    SiteSettings settings = site.getSettings();
    JsonObjectBuilder organization =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .addAll(publisher())
            .add("url", links.absolute(links.getHome()));
    JsonArrayBuilder sameAs = JSON.createArrayBuilder();
    Stream.of(
            settings.getFacebookUrl(),
            settings.getxUrl(),
            settings.getInstagramUrl(),
            settings.getLinkedinUrl(),
            settings.getYoutubeUrl(),
            settings.getMastodonUrl())
        .filter(url -> url != null && !url.isBlank())
        .forEach(sameAs::add);
    organization.add("sameAs", sameAs);
    if (settings.getTagline() != null) {
      organization.add("description", settings.getTagline());
    }
    return embed(organization.build());
  }

  /** A NewsArticle for an article page. */
  public String newsArticle(Article article) {
    String url = links.absolute(links.article(article));
    JsonArrayBuilder authors = JSON.createArrayBuilder();
    for (Author author : article.getAuthors()) {
      authors.add(
          JSON.createObjectBuilder()
              .add("@type", author.getKind() == AuthorKind.ORGANISATION ? "Organization" : "Person")
              .add("name", author.getName())
              .add("url", links.absolute(links.author(author))));
    }
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", CONTEXT)
            .add("@type", "NewsArticle")
            .add("headline", article.getTitle())
            .add("inLanguage", article.getLanguage().code())
            .add(
                "mainEntityOfPage",
                JSON.createObjectBuilder().add("@type", "WebPage").add("@id", url))
            .add("url", url)
            .add("articleSection", article.getSection().getName(article.getLanguage()))
            .add("author", authors)
            .add("publisher", publisher());
    addDate(json, "datePublished", article.getPublishedAt());
    addDate(json, "dateModified", article.getUpdatedAt());
    String description =
        article.getMetaDescription() != null ? article.getMetaDescription() : article.getLead();
    if (description != null && !description.isBlank()) {
      json.add("description", description);
    }
    MediaAsset image = article.getFeaturedImage();
    if (image != null) {
      json.add("image", JSON.createArrayBuilder().add(links.absolute(links.media(image))));
    }
    return embed(json.build());
  }

  private JsonObjectBuilder publisher() {
    SiteSettings settings = site.getSettings();
    JsonObjectBuilder organization =
        JSON.createObjectBuilder().add("@type", "Organization").add("name", settings.getSiteName());
    if (settings.getLogo() != null) {
      organization.add(
          "logo",
          JSON.createObjectBuilder()
              .add("@type", "ImageObject")
              .add("url", links.absolute(links.media(settings.getLogo()))));
    }
    return organization;
  }

  private static void addDate(JsonObjectBuilder json, String name, Instant instant) {
    if (instant != null) {
      json.add(name, isoInstant(instant));
    }
  }

  /** A moment as ISO 8601 in UTC to the second, as schema.org and OpenGraph dates are written. */
  public static String isoInstant(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The JSON as the content of a script element: {@code <}, {@code >} and {@code &} only occur in
   * JSON strings, where their Unicode escapes mean the same, and escaped they cannot close the
   * element ({@code </script>}) or open a comment.
   */
  public static String embed(JsonObject json) {
    StringWriter out = new StringWriter();
    JSON.createWriter(out).writeObject(json);
    return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
