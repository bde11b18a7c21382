package app.tribune.event.web;

import app.tribune.event.Event;
import app.tribune.event.EventService;
import app.tribune.platform.text.RichText;
import app.tribune.site.web.LanguageVersions;
import app.tribune.site.web.Links;
import app.tribune.site.web.SiteView;
import app.tribune.site.web.StructuredData;
import app.tribune.site.web.Teasers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /events/{slug}}: one event, in the language it is described in, with its schema.org Event
 * data for search engines. Past and cancelled events stay readable; unknown ones are 404.
 */
@Named
@RequestScoped
public class EventView {

  private static final String SCHEMA = "https://schema.org/";
  private static final int SUMMARY_LENGTH = 200;

  @Inject private EventService events;
  @Inject private FacesContext facesContext;
  @Inject private SiteView site;
  @Inject private Links links;
  @Inject private LanguageVersions languageVersions;

  @Inject
  @ConfigProperty(name = "tribune.time.zone", defaultValue = "Europe/Brussels")
  private String timeZone;

  private String slug;
  private Event event;

  public void load() throws IOException {
    event = slug == null ? null : events.findBySlug(slug).orElse(null);
    if (event == null) {
      facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      facesContext.responseComplete();
      return;
    }
    site.useLanguage(event.getLanguage());
    languageVersions.offer(Map.of(event.getLanguage(), links.event(event)));
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Event getEvent() {
    return event;
  }

  /** The agenda month the event starts in, for the link back to it. */
  public YearMonth getMonth() {
    return YearMonth.from(event.getStartsAt().atZone(ZoneId.of(timeZone)));
  }

  /**
   * The start of the event's description as plain text, for search engines and share cards, which
   * show a couple of lines at most.
   */
  public String getSummary() {
    return Teasers.cut(RichText.toPlainText(event.getDescription()), SUMMARY_LENGTH);
  }

  /** The page's address as search engines and shares should know it. */
  public String getCanonicalUrl() {
    return site.getBaseUrl() + links.event(event);
  }

  /** The event's JSON-LD, ready to be written unescaped in its script element. */
  public String getStructuredData() {
    String image =
        event.getImage() == null ? null : site.getBaseUrl() + links.media(event.getImage());
    return StructuredData.embed(
        structuredData(
            event,
            getCanonicalUrl(),
            image,
            site.getSettings().getSiteName(),
            site.getBaseUrl() + links.getHome(),
            ZoneId.of(timeZone)));
  }

  /** Schema.org's Event: what Google and others read for their event listings. */
  static JsonObject structuredData(
      Event event,
      String url,
      String imageUrl,
      String organiserName,
      String organiserUrl,
      ZoneId zone) {
    JsonObjectBuilder data =
        StructuredData.JSON
            .createObjectBuilder()
            .add("@context", StructuredData.CONTEXT)
            .add("@type", "Event")
            .add("name", event.getTitle())
            .add("url", url)
            .add("inLanguage", event.getLanguage().code())
            .add("startDate", EventDates.iso(event, event.getStartsAt(), zone))
            .add(
                "eventStatus",
                SCHEMA + (event.isCancelled() ? "EventCancelled" : "EventScheduled"));
    if (event.getEndsAt() != null) {
      data.add("endDate", EventDates.iso(event, event.getEndsAt(), zone));
    }
    String description = RichText.toPlainText(event.getDescription());
    if (!description.isEmpty()) {
      data.add("description", description);
    }
    if (imageUrl != null) {
      data.add("image", imageUrl);
    }
    boolean inPerson = event.getPlace() != null || event.getAddress() != null;
    boolean online = event.getOnlineUrl() != null;
    JsonArrayBuilder locations = StructuredData.JSON.createArrayBuilder();
    if (inPerson) {
      JsonObjectBuilder place = StructuredData.JSON.createObjectBuilder().add("@type", "Place");
      addIfPresent(place, "name", event.getPlace());
      addIfPresent(place, "address", event.getAddress());
      locations.add(place);
    }
    if (online) {
      locations.add(
          StructuredData.JSON
              .createObjectBuilder()
              .add("@type", "VirtualLocation")
              .add("url", event.getOnlineUrl()));
    }
    if (inPerson || online) {
      data.add("location", locations);
      String mode = inPerson && online ? "Mixed" : online ? "Online" : "Offline";
      data.add("eventAttendanceMode", SCHEMA + mode + "EventAttendanceMode");
    }
    data.add(
        "organizer",
        StructuredData.JSON
            .createObjectBuilder()
            .add("@type", "Organization")
            .add("name", organiserName)
            .add("url", organiserUrl));
    return data.build();
  }

  private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
    if (value != null && !value.isBlank()) {
      builder.add(name, value);
    }
  }
}
