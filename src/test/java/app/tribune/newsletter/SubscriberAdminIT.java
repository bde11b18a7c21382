package app.tribune.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import app.tribune.newsletter.admin.CsvReader;
import app.tribune.newsletter.admin.CsvText;
import app.tribune.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The subscriber screens as an administrator uses them, over HTTP against the real WAR and SMTP:
 * filters, adding someone by hand, unsubscribing and erasing from the detail, the export read back
 * as a spreadsheet would, and imports good and bad.
 */
class SubscriberAdminIT {

  private final NewsletterSite site = NewsletterSite.shared();
  private final WebClient admin = WebClient.administrator(site.server);
  private final String batch = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void theListFiltersByStatusLanguageAndText() {
    Document report =
        importCsv(
            "email;name;language\n"
                + address("ann")
                + ";Ann Filter;nl\n"
                + address("bob")
                + ";Bob Filter;fr\n",
            "COLLECTED_ELSEWHERE");
    assertThat(report.getElementById("reportSummary").text()).startsWith("2 abonnés importés");
    site.subscribe(address("cid"), "fr");

    assertThat(search(Map.of("list:text", batch)))
        .containsExactlyInAnyOrder(address("ann"), address("bob"), address("cid"));
    assertThat(search(Map.of("list:text", batch, "list:status_input", "PENDING")))
        .containsExactly(address("cid"));
    assertThat(search(Map.of("list:text", batch, "list:language_input", "NL")))
        .containsExactly(address("ann"));
    assertThat(search(Map.of("list:text", "bob filter"))).contains(address("bob"));
    assertThat(admin.page("/admin/subscribers/").select("#counts li")).hasSize(5);
  }

  @Test
  void anAdditionByHandSendsTheOptInAndIsRecordedAsTheEditors() throws Exception {
    String address = address("manual");
    Document list = admin.page("/admin/subscribers/");

    HttpResponse<String> added =
        admin.submit(
            list,
            "add",
            Map.of(
                "add:email", address, "add:name", "Manuel Ajouté", "add:newLanguage_input", "EN"),
            "add:save");

    assertThat(added.body()).contains("le courriel de confirmation est parti");
    MimeMessage optIn = site.awaitMail(address, 1);
    assertThat(optIn.getSubject()).startsWith("Confirm");
    Document detail = detail(address);
    assertThat(detail.getElementById("status").text()).isEqualTo("En attente de confirmation");
    assertThat(detail.select("#subscriber\\:history .source").text()).isEqualTo("La rédaction");

    HttpResponse<String> again =
        admin.submit(
            admin.page("/admin/subscribers/"),
            "add",
            Map.of("add:email", address.toUpperCase(), "add:newLanguage_input", "FR"),
            "add:save");
    assertThat(again.body()).contains("figure déjà dans la liste");
    HttpResponse<String> invalid =
        admin.submit(
            admin.page("/admin/subscribers/"),
            "add",
            Map.of("add:email", "pas une adresse", "add:newLanguage_input", "FR"),
            "add:save");
    assertThat(invalid.body()).contains("n’est pas valide");
  }

  @Test
  void unsubscribeAndEraseFromTheDetailKeepTheHashSoNothingAddsTheAddressBack() throws Exception {
    String address = address("leaver");
    importCsv("email\n" + address + "\n", "COLLECTED_ELSEWHERE");
    Document detail = detail(address);
    assertThat(detail.getElementById("status").text()).isEqualTo("Confirmé");

    HttpResponse<String> unsubscribed =
        admin.submit(detail, "subscriber", Map.of(), "subscriber:unsubscribe");
    Document after = Jsoup.parse(unsubscribed.body(), detail.location());
    assertThat(after.getElementById("status").text()).isEqualTo("Désabonné");
    assertThat(after.select("#subscriber\\:history .event").eachText())
        .containsExactly("Désabonnement", "Inscription confirmée");
    assertThat(after.select("#subscriber\\:history .source").eachText())
        .containsExactly("La rédaction", "Import");

    HttpResponse<String> erased = admin.submit(after, "subscriber", Map.of(), "subscriber:erase");
    assertThat(Jsoup.parse(erased.body()).getElementById("erased")).isNotNull();
    assertThat(erased.body()).doesNotContain(address);
    assertThat(search(Map.of("list:text", address))).isEmpty();

    Document report = importCsv("email\n" + address + "\n", "COLLECTED_ELSEWHERE");
    assertThat(problems(report))
        .containsExactly("2 | " + address + " | Cette adresse ne peut pas être ajoutée.");
    HttpResponse<String> byHand =
        admin.submit(
            admin.page("/admin/subscribers/"),
            "add",
            Map.of("add:email", address, "add:newLanguage_input", "FR"),
            "add:save");
    assertThat(byHand.body()).contains("ne peut pas être ajoutée");
    assertThat(site.mailTo(address)).isEmpty();
  }

  @Test
  void theExportReadsBackWithFormulaCellsNeutralised() {
    importCsv(
        "email;name\n"
            + address("formula")
            + ";\"=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\")\"\n"
            + address("plain")
            + ";\"Dupont; Anne\"\n",
        "COLLECTED_ELSEWHERE");
    Document list = admin.page("/admin/subscribers/");

    HttpResponse<String> export =
        admin.submit(list, "list", Map.of("list:text", batch), "list:export");

    assertThat(export.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> t.startsWith("text/csv"));
    byte[] bytes = export.body().getBytes(StandardCharsets.UTF_8);
    assertThat(export.body()).startsWith("\uFEFF");
    String text = CsvText.decode(bytes);
    List<CsvReader.Row> rows = CsvReader.read(text, ';');
    assertThat(rows.get(0).cells()).startsWith("email", "name", "status");
    Map<String, String> names = new HashMap<>();
    rows.stream().skip(1).forEach(r -> names.put(r.cell(0), r.cell(1)));
    assertThat(names)
        .containsOnlyKeys(address("formula"), address("plain"))
        .containsEntry(address("formula"), "'=HYPERLINK(\"http://evil.example\";\"clic\")")
        .containsEntry(address("plain"), "Dupont; Anne");
  }

  @Test
  void anImportReportsEveryRowLeftOutAndSendsOptInsWhenAsked() throws Exception {
    String known = address("known");
    site.subscribe(known, "fr");
    String csv =
        "Courriel,Nom,Langue\r\n"
            + address("new")
            + ",Nouvelle,nl\r\n"
            + "pas-une-adresse,X,fr\r\n"
            + known
            + ",Known,fr\r\n"
            + address("new").toUpperCase()
            + ",Twice,fr\r\n"
            + address("lang")
            + ",Lang,klingon\r\n";

    Document report = importCsv(csv, "SEND_OPT_IN");

    assertThat(report.getElementById("reportSummary").text())
        .isEqualTo(
            "1 abonnés importés, 4 lignes écartées ; 1 courriels de confirmation partent progressivement.");
    assertThat(problems(report))
        .containsExactly(
            "3 | pas-une-adresse | Il manque le domaine de l’adresse, après le @ (par exemple : nom@exemple.be).",
            "4 | " + known + " | Déjà abonné ou inscrit : laissé tel quel.",
            "5 | "
                + address("new").toUpperCase()
                + " | Adresse déjà présente plus haut dans le fichier (ligne 2).",
            "6 | klingon | Langue inconnue : utilisez fr, nl ou en.");
    MimeMessage optIn = site.awaitMail(address("new"), 1);
    assertThat(optIn.getSubject()).startsWith("Bevestig");
    assertThat(site.mailTo(known)).hasSize(1);
    assertThat(detail(address("new")).select("#subscriber\\:history .source").text())
        .isEqualTo("Import");
  }

  @Test
  void brokenQuotingGarbageAndOversizeFilesAreRefusedWithAClearMessage() {
    HttpResponse<String> broken =
        upload("email;name\n" + address("q1") + ";\"never closed\n" + address("q2") + ";x\n");
    assertThat(broken.body()).contains("ligne 2 ne sont jamais refermés");

    byte[] garbage = new byte[4 * 1024 * 1024];
    new Random(7).nextBytes(garbage);
    HttpResponse<String> binary = upload("garbage.csv", garbage);
    assertThat(binary.statusCode()).isEqualTo(200);
    assertThat(binary.body()).contains("n’est pas un fichier texte CSV");

    byte[] huge = ("email\n" + "x@example.org\n".repeat(450_000)).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> oversize = upload("huge.csv", huge);
    assertThat(oversize.statusCode()).isEqualTo(413);
    assertThat(oversize.body()).contains("dépasse la taille maximale de 5 Mo");

    assertThat(search(Map.of("list:text", batch))).isEmpty();
  }

  // ----- helpers

  private String address(String who) {
    return who + "-" + batch + "@example.org";
  }

  private HttpResponse<String> upload(String csv) {
    return upload("abonnes.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> upload(String name, byte[] bytes) {
    Document page = admin.page("/admin/subscribers/import.xhtml");
    return admin.upload(
        page, "upload", Map.of("upload:read", "upload:read"), "upload:file", name, bytes);
  }

  /** Uploads {@code csv}, keeps the columns guessed, and imports on {@code basis}. */
  private Document importCsv(String csv, String basis) {
    HttpResponse<String> read = upload(csv);
    assertThat(read.statusCode()).isEqualTo(200);
    Document mapping = Jsoup.parse(read.body(), site.server.url("/admin/subscribers/import.xhtml"));
    Element form = mapping.getElementById("mapping");
    assertThat(form).as("column step after upload:\n%s", read.body()).isNotNull();
    Map<String, String> values = new HashMap<>();
    form.select("select")
        .forEach(
            s ->
                values.put(
                    s.attr("name"),
                    s.selectFirst("option[selected]") == null
                        ? s.selectFirst("option").val()
                        : s.selectFirst("option[selected]").val()));
    values.put(form.selectFirst("input[type=checkbox]").attr("name"), "on");
    values.put(form.selectFirst("input[type=radio]").attr("name"), basis);
    values.put(form.selectFirst("input[id*=collectedOn]").attr("name"), "2026-05-01");
    values.put("mapping:note", "Fiches du stand, fête de la solidarité");
    HttpResponse<String> done = admin.submit(mapping, "mapping", values, "mapping:run");
    Document report = Jsoup.parse(done.body());
    assertThat(report.getElementById("reportSummary")).as("report:\n%s", done.body()).isNotNull();
    return report;
  }

  /** Each row left out, as "line | value | reason". */
  private static List<String> problems(Document report) {
    return report.select("#report\\:problems_data tr").stream()
        .filter(tr -> tr.selectFirst(".line") != null)
        .map(tr -> tr.select("td").eachText().stream().reduce((a, b) -> a + " | " + b).orElse(""))
        .toList();
  }

  /** The addresses the list shows with the filters {@code values}. */
  private List<String> search(Map<String, String> values) {
    Document list = admin.page("/admin/subscribers/");
    HttpResponse<String> filtered = admin.submit(list, "list", values, "list:search");
    return Jsoup.parse(filtered.body()).select("#list\\:table a.subscriber-link").eachText();
  }

  private Document detail(String address) {
    Document list = admin.page("/admin/subscribers/");
    HttpResponse<String> filtered =
        admin.submit(list, "list", Map.of("list:text", address), "list:search");
    Element link =
        Jsoup.parse(filtered.body(), site.server.url("/admin/subscribers/"))
            .selectFirst("#list\\:table a.subscriber-link");
    assertThat(link).as("row of %s", address).isNotNull();
    return admin.page(link.attr("href"));
  }
}
