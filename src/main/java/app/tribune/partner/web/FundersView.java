package app.tribune.partner.web;

import app.tribune.media.MediaKind;
import app.tribune.media.MediaService;
import app.tribune.partner.Partner;
import app.tribune.partner.PartnerForm;
import app.tribune.partner.PartnerService;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import app.tribune.platform.web.Option;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /admin/funders/}: the funders in their order, and the form to add one or change its name,
 * logo, link, order and period. Editors and administrators; the service checks it too. There are
 * tens of funders, not thousands, so the table holds them all.
 */
@Named
@ViewScoped
public class FundersView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LOGOS = 200;

  /** Where each refusal is shown: beside its field, or in the growl. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "partner.nameRequired", "funder:name",
          "partner.urlInvalid", "funder:url",
          "partner.periodEndsBeforeStart", "funder:activeUntil",
          "media.logoNotImage", "funder:logo");

  /** What the table shows of a funder. */
  public record Row(
      long id,
      String name,
      String url,
      String logo,
      int position,
      LocalDate activeFrom,
      LocalDate activeUntil,
      boolean active)
      implements Serializable {}

  @Inject private PartnerService partners;
  @Inject private MediaService media;

  private List<Row> rows = List.of();
  private List<Option> logos = List.of();
  private PartnerForm form = new PartnerForm();

  public void load() {
    // Read here, not injected: a config value is not something a view kept in the session may hold.
    String zone =
        ConfigProvider.getConfig()
            .getOptionalValue("tribune.time.zone", String.class)
            .orElse("Europe/Brussels");
    LocalDate today = LocalDate.now(ZoneId.of(zone));
    rows = partners.list().stream().map(p -> row(p, today)).toList();
    logos =
        media.search(null, MediaKind.IMAGE, 0, MAX_LOGOS).stream()
            .map(m -> new Option(m.getId(), m.getOriginalName()))
            .toList();
  }

  public void edit(Row row) {
    partners.list().stream()
        .filter(p -> p.getId() == row.id())
        .findFirst()
        .ifPresent(p -> form = PartnerForm.of(p));
  }

  public void startNew() {
    form = new PartnerForm();
  }

  public void save() {
    try {
      Partner saved = partners.save(form);
      Feedback.info("funders.saved", saved.getName());
      form = new PartnerForm();
      load();
    } catch (RuleViolationException refused) {
      String field = FIELDS.get(refused.messageKey());
      if (field == null) {
        Feedback.refused(refused);
      } else {
        Feedback.fieldError(field, refused.messageKey());
      }
    }
  }

  private static Row row(Partner partner, LocalDate today) {
    return new Row(
        partner.getId(),
        partner.getName(),
        partner.getUrl(),
        partner.getLogo() == null ? null : partner.getLogo().getOriginalName(),
        partner.getPosition(),
        partner.getActiveFrom(),
        partner.getActiveUntil(),
        partner.isActiveOn(today));
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Option> getLogos() {
    return logos;
  }

  public PartnerForm getForm() {
    return form;
  }
}
